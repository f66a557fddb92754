import type { DataSource } from "typeorm";
import { Applicant } from "./applicant.entity.js";
import { PanelDraw } from "./panel-draw.entity.js";
import { PanelMember } from "./panel-member.entity.js";
import { ApplicationStatus } from "./panel.types.js";
import { hashApplicationReference } from "./application-reference.js";

/**
 * An applicant's own view of their application, by the reference code they were given when
 * applying, in that round only (null: no such code in the round). Status, the officer's reason if
 * rejected, and — from the draw's commitment on — their chance of selection; nothing else.
 */
export async function applicationStatusByReference(
  db: DataSource,
  roundKey: number,
  reference: string,
): Promise<ApplicationStatus | null> {
  const referenceHash = hashApplicationReference(reference);
  if (referenceHash === null) return null;
  const applicant = await db.getRepository(Applicant).findOneBy({ roundKey, referenceHash });
  if (!applicant) return null;
  const [draw, drawn] = await Promise.all([
    db.getRepository(PanelDraw).findOneBy({ roundKey }),
    db.getRepository(PanelMember).existsBy({ roundKey }),
  ]);
  const drawCommitted = draw !== null;
  return Object.assign(new ApplicationStatus(), {
    status: applicant.status,
    rejectionReason: applicant.status === "rejected" ? applicant.rejectionReason : null,
    selectionProbability: drawCommitted || drawn ? applicant.selectionProbability : null,
    drawCommitted,
    drawn,
  });
}
