/**
 * The LP/MILP solver behind the panel lottery: HiGHS (University of Edinburgh), compiled to
 * WebAssembly by the `highs` npm package — no native build, no commercial solver. It is a pure
 * library (no framework, no I/O beyond loading its own `.wasm` file), loaded once per process.
 * Reached through the `@coproduce/domain/lottery` entry point only, so that the web bundle (which
 * imports the main entry) never includes the solver.
 *
 * HiGHS runs single-threaded here and without time limits, so the same model gives the same
 * answer on every machine with the same HiGHS build: the lottery's algorithm id records its version.
 */
import highsModule from "highs";

type Loader = typeof highsModule.default;
export type Highs = Awaited<ReturnType<Loader>>;
export type HighsModel = ReturnType<Highs["createModel"]>;

// The package's types describe it as CommonJS with a `default` export; Node's ESM entry exports
// the loader itself as default. Accept both shapes.
const loader: Loader = (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);
let loading: Promise<Highs> | undefined;

/** Loads (once) and returns the HiGHS runtime. */
export function loadHighs(): Promise<Highs> {
  loading ??= loader();
  return loading;
}
