// What the catalog says about each node of a result's "why" beyond its explanation: the number the
// decree prints, and for an indicator its unit and what its sasaran counts (the words of its sentence).
import type { Catalog, CatalogIndicator } from '../domain/catalog/types.ts';
import { axisPartId, groupAxesOf, groupsOf } from '../domain/catalog/groupings.ts';
import { listNodes } from '../domain/catalog/walk.ts';
import type { NodeWords } from '../shared/api/dashboard.schema.ts';
import { SASARAN_LABELS } from '../shared/api/profile.schema.ts';
import { suggestedSasaran } from './sasaran-suggestion.ts';

/**
 * What an indicator's sasaran counts, as the catalog reads the row ("ibu hamil" for K4, whose printed
 * sasaran says "Bayi"; "kelahiran hidup" for AKI): the population the targets screen offers from the
 * profile, never a guess from a loosely printed column. Null when the row does not say plainly.
 */
export function sasaranNoun(indicator: CatalogIndicator): string | null {
  const key = suggestedSasaran(indicator);
  // "Usia lanjut (≥ 60 tahun)" reads "usia lanjut" inside a sentence that has brackets of its own.
  if (key === null) return null;
  const label = SASARAN_LABELS[key].replace(/\s*\(.*\)$/, '');
  // Lower case inside a sentence, but an acronym stays one: "orang berisiko terinfeksi HIV".
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Every node of the catalog by code. */
export function nodeWordsOf(catalog: Catalog): Record<string, NodeWords> {
  const out: Record<string, NodeWords> = {};
  for (const cluster of catalog.clusters) {
    for (const node of listNodes(cluster)) {
      out[node.code] =
        node.type === 'indicator'
          ? { number: node.number, unit: node.unit, sasaran: sasaranNoun(node) }
          : { number: node.number, unit: null, sasaran: null };
    }
  }
  // The groups of the other groupings, and a group's part on each axis where it holds rows of several.
  const groupAxes = groupAxesOf(catalog);
  for (const grouping of catalog.groupings ?? [])
    for (const group of groupsOf(grouping)) {
      const axes = groupAxes.get(group.code) ?? [];
      for (const axis of axes)
        out[axisPartId(group.code, axis, axes)] = { number: group.number, unit: null, sasaran: null };
    }
  return out;
}
