// Catalog versions: a district's indicator tree for one year, stored as rows and loaded back as a `Catalog`.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type {
  Catalog,
  CatalogCluster,
  CatalogGroup,
  CatalogNode,
  ClusterId,
} from '../../domain/catalog/types.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db.ts';
import { catalogNodes, catalogVersions, type StoredScoringSettings } from '../schema.ts';
import { appendAudit } from './audit.repository.ts';
import { chunk, rowsPerStatement } from './batches.ts';

export type CatalogVersion = typeof catalogVersions.$inferSelect;
type CatalogNodeRow = typeof catalogNodes.$inferSelect;

export interface SaveCatalogInput {
  districtId: number;
  catalog: Catalog;
  /** The district's settings for the year; when absent, a draft keeps the settings it has. */
  settings?: StoredScoringSettings;
  actor: string;
}

/**
 * Stores `catalog` as the district's draft for `catalog.year`, replacing the tree of an existing
 * draft. Throws CATALOG_PUBLISHED if that year's version is already published.
 */
export async function saveCatalog(db: Db, input: SaveCatalogInput): Promise<CatalogVersion> {
  const { districtId, catalog, settings, actor } = input;
  return db.transaction(async (tx) => {
    const existing = await lockVersion(
      tx,
      and(eq(catalogVersions.districtId, districtId), eq(catalogVersions.year, catalog.year))!,
    );
    if (existing) assertDraft(existing);
    const fields = {
      source: catalog.id,
      sourceDocument: catalog.source,
      groupings: catalog.groupings ?? [],
      averagesBy: catalog.averagesBy ?? null,
      ...(settings ? { settings } : {}),
    };
    if (existing) await tx.delete(catalogNodes).where(eq(catalogNodes.catalogVersionId, existing.id));
    const [version] = existing
      ? await tx.update(catalogVersions).set(fields).where(eq(catalogVersions.id, existing.id)).returning()
      : await tx
          .insert(catalogVersions)
          .values({ districtId, year: catalog.year, ...fields })
          .returning();
    if (!version) throw new Error(`catalog version of ${catalog.year} was not written`);
    const rows = flattenCatalog(version.id, catalog);
    for (const slice of chunk(rows, rowsPerStatement(catalogNodes))) {
      await tx.insert(catalogNodes).values(slice);
    }
    await appendAudit(tx, {
      actor,
      entity: 'catalog',
      orgUnitId: districtId,
      entityKey: { year: catalog.year },
      oldValue: existing ? describeVersion(existing) : null,
      newValue: { ...describeVersion(version), nodes: rows.length },
    });
    return version;
  });
}

/** The catalog of a version as the domain knows it, or undefined if there is no such version. */
export async function loadCatalog(db: Db, catalogVersionId: number): Promise<Catalog | undefined> {
  const version = await getCatalogVersionById(db, catalogVersionId);
  if (!version) return undefined;
  const rows = await db
    .select()
    .from(catalogNodes)
    .where(eq(catalogNodes.catalogVersionId, catalogVersionId))
    .orderBy(asc(catalogNodes.position), asc(catalogNodes.code));
  return assembleCatalog(version, rows);
}

export async function getCatalogVersion(
  db: Db,
  districtId: number,
  year: number,
): Promise<CatalogVersion | undefined> {
  const [version] = await db
    .select()
    .from(catalogVersions)
    .where(and(eq(catalogVersions.districtId, districtId), eq(catalogVersions.year, year)));
  return version;
}

export async function getCatalogVersionById(
  db: Db,
  catalogVersionId: number,
): Promise<CatalogVersion | undefined> {
  const [version] = await db.select().from(catalogVersions).where(eq(catalogVersions.id, catalogVersionId));
  return version;
}

export interface CatalogYear {
  catalogVersionId: number;
  year: number;
  status: CatalogVersion['status'];
  source: string;
  publishedAt: Date | null;
}

/** The years for which the district has a catalog, oldest first. */
export async function listCatalogYears(db: Db, districtId: number): Promise<CatalogYear[]> {
  return db
    .select({
      catalogVersionId: catalogVersions.id,
      year: catalogVersions.year,
      status: catalogVersions.status,
      source: catalogVersions.source,
      publishedAt: catalogVersions.publishedAt,
    })
    .from(catalogVersions)
    .where(eq(catalogVersions.districtId, districtId))
    .orderBy(asc(catalogVersions.year));
}

/** The years for which some district has published a catalog, oldest first (the country's years). */
export async function listPublishedCatalogYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: catalogVersions.year })
    .from(catalogVersions)
    .where(eq(catalogVersions.status, 'published'))
    .orderBy(asc(catalogVersions.year));
  return rows.map((r) => r.year);
}

/** Freezes a draft version. Throws CATALOG_PUBLISHED if it already is published. */
export async function publishCatalogVersion(
  db: Db,
  input: { catalogVersionId: number; actor: string; at?: Date },
): Promise<CatalogVersion> {
  return updateDraft(db, input.catalogVersionId, input.actor, null, {
    status: 'published',
    publishedAt: input.at ?? sql`now()`,
  });
}

/** Replaces the scoring settings of a draft version. Throws CATALOG_PUBLISHED if it is published. */
export async function updateCatalogSettings(
  db: Db,
  input: { catalogVersionId: number; settings: StoredScoringSettings; actor: string; reason?: string },
): Promise<CatalogVersion> {
  return updateDraft(db, input.catalogVersionId, input.actor, input.reason ?? null, {
    settings: input.settings,
  });
}

async function updateDraft(
  db: Db,
  catalogVersionId: number,
  actor: string,
  reason: string | null,
  changes: PgUpdateSetSource<typeof catalogVersions>,
): Promise<CatalogVersion> {
  return db.transaction(async (tx) => {
    const existing = await lockVersion(tx, eq(catalogVersions.id, catalogVersionId));
    if (!existing) throw new Error(`catalog version ${catalogVersionId} does not exist`);
    assertDraft(existing);
    const [updated] = await tx
      .update(catalogVersions)
      .set(changes)
      .where(eq(catalogVersions.id, catalogVersionId))
      .returning();
    if (!updated) throw new Error(`catalog version ${catalogVersionId} was not updated`);
    await appendAudit(tx, {
      actor,
      entity: 'catalog',
      orgUnitId: existing.districtId,
      entityKey: { year: existing.year },
      oldValue: describeVersion(existing),
      newValue: describeVersion(updated),
      reason,
    });
    return updated;
  });
}

/** Reads a version and locks it until the transaction ends, so a concurrent publish cannot slip between check and write. */
async function lockVersion(tx: Db, where: SQL): Promise<CatalogVersion | undefined> {
  const [version] = await tx.select().from(catalogVersions).where(where).for('update');
  return version;
}

function assertDraft(version: CatalogVersion): void {
  if (version.status === 'published')
    throw new AppError('CATALOG_PUBLISHED', { year: version.year }, { status: 409 });
}

function describeVersion(version: CatalogVersion): Record<string, unknown> {
  return { status: version.status, source: version.source, settings: version.settings };
}

type NewCatalogNodeRow = typeof catalogNodes.$inferInsert;

/** One row per node, depth-first; `position` orders a node among its siblings. */
function flattenCatalog(catalogVersionId: number, catalog: Catalog): NewCatalogNodeRow[] {
  const rows: NewCatalogNodeRow[] = [];
  const visit = (
    node: CatalogNode,
    parentCode: string | null,
    position: number,
    cluster: ClusterId,
  ): void => {
    const base = { catalogVersionId, code: node.code, parentCode, position, cluster };
    if (node.type === 'indicator') {
      rows.push({ ...base, type: 'indicator', definition: node });
      return;
    }
    const { children, ...own } = node;
    rows.push({ ...base, type: 'group', definition: own });
    children.forEach((child, i) => visit(child, node.code, i, cluster));
  };
  catalog.clusters.forEach((cluster, i) => visit(cluster, null, i, cluster.cluster));
  return rows;
}

/** Rebuilds the tree from rows sorted by position: each node joins its parent's children in sibling order. */
function assembleCatalog(version: CatalogVersion, rows: CatalogNodeRow[]): Catalog {
  const groups = new Map<string, CatalogGroup>();
  const placed = rows.map((row) => {
    const node: CatalogNode =
      row.type === 'group'
        ? { ...(row.definition as Omit<CatalogGroup, 'children'>), children: [] }
        : (row.definition as CatalogNode);
    if (node.type === 'group') groups.set(node.code, node);
    return { row, node };
  });
  const clusters: CatalogCluster[] = [];
  for (const { row, node } of placed) {
    if (row.parentCode === null) {
      clusters.push(node as CatalogCluster);
      continue;
    }
    const parent = groups.get(row.parentCode);
    if (!parent)
      throw new Error(`catalog version ${version.id}: node ${row.code} has no parent ${row.parentCode}`);
    parent.children.push(node);
  }
  return {
    id: version.source,
    year: version.year,
    source: version.sourceDocument,
    clusters,
    ...(version.groupings.length > 0 ? { groupings: version.groupings } : {}),
    ...(version.averagesBy === null ? {} : { averagesBy: version.averagesBy }),
  };
}
