// What every request carries: the dependencies of the app, the signed-in user, and the resolved target.
import type { Actor, OrgUnitLevel, Role } from '../domain/access/roles.ts';
import type { Repositories, UnitOfWork } from '../app/ports.ts';
import type { EvidenceBlobStore } from '../app/record-ports.ts';
import type { Store } from '../data/db.ts';
import type { ClientOrigin } from './client-origin.ts';
import type { ReportServices } from './report-services.ts';

export interface SessionUser extends Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgUnit: { id: number; code: string; name: string; level: OrgUnitLevel };
  /** Sent back as the x-csrf-token header on every state-changing request. */
  csrfToken: string;
  sessionId: string;
}

/** The org unit a route touches, resolved from its path by the access check. */
export interface TargetUnit {
  id: number;
  code: string;
  name: string;
  level: OrgUnitLevel;
  rawatInap: boolean;
  ancestorIds: number[];
}

export interface AppDeps {
  store: Store;
  /** Reads outside a transaction. */
  repos: Repositories;
  /** One transaction per state change. */
  uow: UnitOfWork;
  clock: () => Date;
  /**
   * Evidence files: where their bytes live and the largest upload. Without it, files go into the
   * database (staged under the system's temporary directory) and uploads stop at 20 MB.
   */
  evidence?: EvidenceSettings;
  /** The render worker and the district batches; one set per app is made on first use without it. */
  reports?: ReportServices;
}

export interface EvidenceSettings {
  blobs: EvidenceBlobStore;
  /** PKP_UPLOAD_MAX_MB, in bytes. */
  maxBytes: number;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    user: SessionUser | null;
    target: TargetUnit | null;
    requestId: string;
    /** PKP_METRICS_TOKEN: lets a client elsewhere reach the operator's routes (`{ operator: true }`). */
    operatorToken: string | undefined;
    /** The client's address and whether it came over https (src/http/client-origin.ts). */
    client: ClientOrigin;
  };
}
