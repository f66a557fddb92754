// Reproducible synthetic pools shaped like the real instances of Flanigan et al. (2021): 4–8 quota
// categories of 2–5 features each, a pool that over-represents some groups (self-selection,
// correlated across categories), and quotas near the population shares. Same name → same pool.
import { SeededRandom } from "../dist/index.js";

const uniform = (rng) => rng.nextUint32() / 2 ** 32;

export function syntheticInstance({ name, pool, seats, categories }) {
  const rng = new SeededRandom(`synthetic:${name}`);
  const dims = [];
  for (let d = 0; d < categories; d++) {
    const m = 2 + rng.nextInt(4); // 2..5 features
    const raw = Array.from({ length: m }, () => 0.3 + uniform(rng));
    const total = raw.reduce((s, x) => s + x, 0);
    const population = raw.map((x) => x / total);
    // self-selection: each feature's propensity to apply, and how strongly it follows a latent trait
    const propensity = population.map(() => 0.4 + 1.6 * uniform(rng));
    const loading = population.map(() => uniform(rng) * 2 - 1);
    dims.push({
      name: `cat${d + 1}`,
      features: population.map((_, f) => `c${d + 1}f${f + 1}`),
      population,
      propensity,
      loading,
    });
  }
  const applicants = [];
  for (let i = 0; i < pool; i++) {
    const latent = uniform(rng) * 2 - 1; // e.g. civic engagement, shared across categories
    const categoriesOf = {};
    for (const dim of dims) {
      const w = dim.population.map((p, f) => p * dim.propensity[f] * (1 + 0.8 * latent * dim.loading[f]));
      const total = w.reduce((s, x) => s + x, 0);
      let u = uniform(rng) * total;
      let f = 0;
      while (f < w.length - 1 && u >= w[f]) u -= w[f++];
      categoriesOf[dim.name] = dim.features[f];
    }
    applicants.push({ id: `p${String(i + 1).padStart(4, "0")}`, categories: categoriesOf });
  }
  // quotas: population share ± 10 % of it (at least ±1 seat), capped by the pool
  const quotas = {};
  for (const dim of dims) {
    quotas[dim.name] = {};
    dim.features.forEach((feature, f) => {
      const target = seats * dim.population[f];
      const slack = Math.max(1, 0.1 * target);
      const inPool = applicants.filter((a) => a.categories[dim.name] === feature).length;
      const min = Math.min(inPool, Math.max(0, Math.floor(target - slack)));
      const max = Math.max(min, Math.ceil(target + slack));
      quotas[dim.name][feature] = { min, max };
    });
  }
  return { name, applicants, quotas, panelSize: seats, categories };
}

export const SYNTHETIC = [
  { name: "syn-4c-100", pool: 100, seats: 20, categories: 4 },
  { name: "syn-4c-200", pool: 200, seats: 20, categories: 4 },
  { name: "syn-5c-300", pool: 300, seats: 30, categories: 5 },
  { name: "syn-6c-500", pool: 500, seats: 40, categories: 6 },
  { name: "syn-6c-800", pool: 800, seats: 60, categories: 6 },
  { name: "syn-7c-1000", pool: 1000, seats: 100, categories: 7 },
  { name: "syn-7c-1200", pool: 1200, seats: 110, categories: 7 },
  { name: "syn-8c-1500", pool: 1500, seats: 120, categories: 8 },
  { name: "syn-8c-2000", pool: 2000, seats: 170, categories: 8 },
];
