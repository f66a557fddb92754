import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { BigIntColumn, CodeColumn, ForeignKey } from "../db/columns.js";
import { Area } from "./area.entity.js";

/**
 * Published population counts: area × dimension × category → count (ONS Census 2021).
 * Each dimension has its own `total` row: ONS perturbs each table separately, so shares use that
 * dimension's own total as denominator.
 */
@Entity("population_baseline")
@Index(["areaKey", "dimension", "category"], { unique: true })
export class PopulationBaseline {
  @PrimaryGeneratedColumn()
  key: number;

  @ForeignKey(() => Area, "area", { onDelete: "CASCADE" })
  areaKey: number;
  area?: Relation<Area>;

  /** age_band, sex, ethnic_group, disability — or `total` for the population total. */
  @CodeColumn()
  dimension: string;

  @Column({ type: "varchar", length: 120 })
  category: string;

  @BigIntColumn()
  count: number;

  @Column({ type: "varchar", length: 300 })
  source: string;

  @Column({ type: "integer" })
  year: number;
}
