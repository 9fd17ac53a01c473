// User-facing messages, English.
import type { id } from './id.ts';

export const en: Record<keyof typeof id, string> = {
  DB_LOCKED:
    'The data directory {dir} is in use by another process (PID {pid}). Stop that process first, or use another PKP_DATA_DIR.',
  DB_DIR_PATH_TOO_LONG:
    'The data directory path {dir} is too long for its lock (at most {max} bytes). Use a shorter PKP_DATA_DIR, or run pkp from a directory near it.',
  DB_MIGRATIONS_OUT_OF_SYNC:
    'This database was made by another version of pkp (unknown migration {applied}). Use the matching pkp version.',
  DEMO_NATIONAL_NEEDS_POSTGRES:
    'The national demo (~11 000 Puskesmas) is for PostgreSQL only: set DATABASE_URL and run it again.',
  DB_FULL:
    'The server’s storage is full: this change was not saved. Try again later, and tell the server’s admin.',
  DB_UNAVAILABLE: 'The database cannot be used just now: this change was not saved. Try again in a moment.',
  DB_UNREACHABLE: 'Cannot connect to the database {target}: {reason}',
  BACKUP_NOTHING: 'There is no database at {target} to back up.',
  BACKUP_INVALID: 'This file is not a whole pkp backup: {reason}.',
  BACKUP_KIND_MISMATCH:
    'This backup is of a {backup} database; the restore target is {target}. Restore into the same kind of database (PKP_DATA_DIR for pglite, DATABASE_URL for postgres).',
  RESTORE_TARGET_NOT_EMPTY:
    'The restore target {target} already holds data: a backup is restored into an empty database only.',
  BACKUP_TOOL_MISSING:
    'The command {tool} is not installed: install the PostgreSQL client (package postgresql-client) and try again.',
  BACKUP_TOOL_FAILED: '{tool} failed: {reason}',
  CONFIG_INVALID: 'Invalid environment settings: {issues}',
  SCENARIO_INVALID: 'Invalid scenario file at {path}: {reason}',
  FILE_UNREADABLE: 'Cannot read the file {file}: {reason}',
  FILE_NOT_FOUND: 'There is no file {file}.',
  SCENARIO_NOT_JSON: 'The scenario file {file} is not valid JSON: {reason}',
  CATALOG_NOT_BUILT_IN: 'pkp has no built-in catalog for {year} (available: {years}).',
  GROUPING_UNKNOWN: 'The catalog has no grouping "{grouping}" (it has: {groupings}).',
  DISTRICT_NOT_FOUND: 'There is no district with code {code}.',
  PUSKESMAS_NOT_FOUND: 'There is no Puskesmas with code {code}.',
  ORG_UNIT_NOT_FOUND: 'Unit {code} not found.',
  CATALOG_NOT_FOUND:
    'The indicator catalog of {year} for {district} has not been created yet. The Dinkes admin opens a new year.',
  CATALOG_PUBLISHED: 'The {year} catalog is published and can no longer change.',
  ASSESSMENT_NOT_FOUND: 'There is no assessment of {puskesmas} for {year}.',
  RESULT_NOT_FOUND: 'The {year} result of {puskesmas} has not been computed yet.',
  INDICATOR_NOT_FOUND: 'Indicator {code} is not in the {year} catalog.',
  VALUE_INVALID: 'Invalid {field} for indicator {code}, month {month}: {reason}',
  ENTRY_LINKED:
    'Indicator {code} counts the same thing as row {twin} in another table: its monthly values are entered once, in row {twin}.',
  STALE_VALUE:
    'Someone else changed this value (version {current}; you edited version {expected}). Reload and choose the right value.',
  PERIOD_LOCKED: 'The {year} assessment of {puskesmas} is locked.',
  YEAR_SUBMITTED:
    'The {year} assessment of {puskesmas} has been submitted to the district health office: the Puskesmas can no longer change it. Corrections go through Dinkes verification.',
  YEAR_READ_ONLY: 'Your role cannot change the {year} assessment of {puskesmas} while it is {status}.',
  TARGET_DINKES_ONLY:
    'The target of indicator {code} is set by the district health office. The Puskesmas sets the sasaran, its choices and what does not apply.',
  TARGET_DISTRICT_SHARE:
    "The target of indicator {code} is this Puskesmas' share of the whole district's target: the district health office shares it out for every Puskesmas at once on the District targets screen, so that the shares keep summing to the decree's target.",
  SHARES_INVALID: 'The shares of {code} were not saved: {count} problems (each named by Puskesmas).',
  SHARED_TARGET_NOT_FOUND: 'Indicator {code} of {year} has no district-wide target to share out.',
  UNAUTHENTICATED: 'Please sign in first.',
  FORBIDDEN: 'You have no access to this data.',
  INVALID_CREDENTIALS: 'Wrong username or password.',
  LOGIN_LOCKED:
    'This account is locked for a while after too many failed sign-ins. Try again in {minutes} minutes.',
  TOO_MANY_ATTEMPTS: 'Too many sign-in attempts from this address. Try again in {minutes} minutes.',
  CSRF_INVALID: 'Request refused: the security (CSRF) token is missing or does not match. Reload the page.',
  JSON_REQUIRED: 'This request must be sent as JSON (Content-Type: application/json).',
  PASSWORD_TOO_SHORT: 'The password ({field}) must have at least {min} characters.',
  PASSWORD_IS_USERNAME: 'The password ({field}) must not be the username.',
  PASSWORD_UNCHANGED: 'The new password ({field}) must differ from the current one.',
  PASSWORD_WRONG: 'The current password ({field}) is wrong.',
  PASSWORD_CHANGE_REQUIRED: 'Change your password first.',
  PASSWORD_TOO_COMMON: 'The password ({field}) is too common, so it is easy to guess. Choose another one.',
  BODY_TOO_LARGE: 'The request body is too large (at most {limit}).',
  TEXT_UNSTORABLE:
    'The field {field} contains a character that cannot be stored (a NUL character or broken Unicode text).',
  PORT_IN_USE:
    'Port {port} is already in use by another program. Choose another port, e.g. PORT={suggestion} npm start, or pkp serve --port {suggestion}.',
  USERNAME_TAKEN: 'The username {username} is taken.',
  USER_NOT_FOUND: 'There is no user #{id} in {district}.',
  ROLE_UNIT_MISMATCH: 'The role {role} cannot be placed at a {level} unit (only: {levels}).',
  ORG_UNIT_OUTSIDE_DISTRICT: 'Unit {code} is not in {district}.',
  USER_SELF_CHANGE: 'You cannot change your own role, unit or status, or reset your own password, here.',
  FIELD_INVALID: 'Invalid {field}: {reason}',
  INDICATOR_FIELD_INVALID: 'Invalid {field} for indicator {code}: {reason}',
  // Data exchange: importing DHIS2 JSON, ADX and FHIR files, and exporting them (src/exchange/).
  IMPORT_DUPLICATE_VALUE:
    'The {field} of indicator {code}{period} for {puskesmas}, {year}, is already given in this file ({other}): each value may be given once.',
  IMPORT_ELEMENT_UNKNOWN:
    'Unknown dataElement code "{dataElement}": use an indicator code followed by .NUM, .DEN, .VAL, .FLAG, .TARGET, .TARGET_SASARAN, .SASARAN, .APPLICABLE, .CHOSEN, .LEVEL, .PERCENT or .SCORE.',
  IMPORT_PERIOD_INVALID: 'Period "{period}" does not fit {dataElement}: {expected}.',
  IMPORT_VALUE_NOT_READABLE: 'Cannot read "{value}" as {dataElement}: {expected}.',
  IMPORT_DATASET_UNKNOWN: 'Data set "{dataSet}" is not PKP: this file holds no Puskesmas assessment data.',
  IMPORT_SCORE_COMPUTED:
    'Score {dataElement} is computed by pkp from the values and is not imported (the value in the file is ignored).',
  IMPORT_FILE_INVALID: 'The {format} file is not valid at {path}: {reason}',
  IMPORT_FORMAT_UNKNOWN:
    'The format of {file} is not recognised: pkp imports DHIS2 dataValueSets JSON, ADX XML, and pkp Excel workbooks.',
  IMPORT_FORMAT_UNAVAILABLE: 'The {format} format is not available in this version of pkp.',
  IMPORT_USER_NOT_FOUND: 'There is no active user {username}.',
  PROFILE_SASARAN_MISSING:
    'The {year} Puskesmas profile records no "{label}" target population. Fill in the profile first, or enter the number.',
  UKMP_KEY_TAKEN:
    'The {service} service already has {other} as its key indicator. One key indicator per service (criterion 2.7.1): drop that choice first.',
  WARNING_CHANGED:
    'The figures of this warning ({about}) changed since you read them. Look at the new figures, then mark it again.',
  WARNING_CLOSED: 'The warning about {about} is gone: its figure was corrected or is no longer unusual.',
  MONTH_NOT_ENDED: '{month|month} has not ended yet: it can be reported from the 1st of the next month.',
  MONTH_INCOMPLETE:
    '{month|month} is not complete: {missing} indicators have no value yet ({indicators}). Complete it, then report it.',
  CORRECTION_REASON_REQUIRED:
    '{month|month} was reported to the health office on {reportedOn|date}: correcting indicator {code} needs a reason.',
  REPORTED_MONTH_CLEAR:
    '{month|month} was reported to the health office: the value of indicator {code} may be corrected with a reason, not cleared.',
  // The assessment cycle (domain/assessment/workflow.ts) and published results.
  MOVE_STATUS_CHANGED:
    'Someone else changed the status of the {year} assessment of {puskesmas} since you opened it. Reload to see its status now.',
  MOVE_NOT_NOW: 'This step does not apply to the {year} assessment of {puskesmas} in its present status.',
  MOVE_REASON_REQUIRED: 'Write the reason: this step reopens other people’s work, and they need to know why.',
  MOVE_REASON_TOO_LONG: 'A reason has at most {max} characters.',
  RETURNS_OPEN:
    '{count} items returned to {puskesmas} are not closed yet. Look at their answers and close them first, then verify.',
  YEAR_NOT_OVER:
    '{year} is not over yet: the assessment of {puskesmas} can be submitted from 1 January {next}. Months not filled in count as 0 once it is submitted.',
  PUBLICATION_BLOCKED:
    'The {year} results of {district} cannot be published yet: {count} Puskesmas are not final ({names}).',
  PUBLICATION_CHANGED:
    'The {year} assessments of {district} changed since you opened them ({expected} ready, now {current}). Reload and check again.',
  ALREADY_PUBLISHED: 'The {year} results of {district} are already published.',
  RESULTS_NOT_PUBLISHED: 'The {year} results have not been published by the district health office yet.',
  PUBLICATION_UNREADABLE:
    'The published {year} results of {district} cannot be read by this version of pkp. Publish them again from the stored results.',
  // Evidence files and meetings
  EVIDENCE_TOO_LARGE:
    'The file is too large: at most {limit}. Scan it smaller or split it into several files.',
  EVIDENCE_TYPE_REFUSED:
    'The content of "{name}" is not a PDF, JPEG, PNG, DOCX or XLSX{detected}. A file\'s type is read from its content, not its name.',
  EVIDENCE_NAME_INVALID:
    'The file name "{name}" cannot be used: a file name may not contain folders (/ or \\), ".." or control characters.',
  EVIDENCE_UPLOAD_INCOMPLETE:
    'The upload broke off before it finished ({reason}); nothing was stored. Upload the file again.',
  EVIDENCE_FORM_INVALID: 'The upload is incomplete or invalid: {reason}',
  EVIDENCE_NOT_FOUND: 'Evidence file #{id} does not exist for {puskesmas} in {year}.',
  EVIDENCE_TARGET_NOT_FOUND:
    'There is no record "{attachedKey}" ({attachedTo}) for {puskesmas} in {year} to attach a file to.',
  EVIDENCE_ROLE_REFUSED: 'Your role cannot attach or remove files here ({attachedTo}).',
  EVIDENCE_YEAR_CLOSED:
    'The {year} assessment of {puskesmas} is {status}: files can no longer be added or removed here ({attachedTo}).',
  EVIDENCE_SUBMITTED_WITH:
    '"{name}" was part of the assessment when it was submitted to the district health office: only the district can remove it.',
  EVIDENCE_NOT_UPLOADER:
    '"{name}" was uploaded by {uploadedBy}: only they or the district health office can remove it.',
  EVIDENCE_DAMAGED:
    '"{name}" is damaged: its content no longer matches what was uploaded (different SHA-256). Restore it from a backup, or upload it again.',
  EVIDENCE_MISSING:
    'The content of "{name}" is missing from the store. Restore it from a backup, or upload it again.',
  MEETING_NOT_FOUND: 'Meeting #{id} does not exist for {puskesmas} in {year}.',
  MEETING_DATE_INVALID: 'The meeting date {date} cannot be used: {reason}',
  MEETING_RTL_NOT_FOUND:
    'A decision names RTL action #{id}, which the {year} assessment of {puskesmas} does not have.',
  MEETING_YEAR_CLOSED:
    'The {year} assessment of {puskesmas} is {status}: its meetings can no longer be recorded or changed.',
  // Feedback, Bab V (analysis) and Bab VI (RTL): domain/improvement/
  FEEDBACK_NOT_FOUND: 'Feedback letter #{id} does not belong to this assessment.',
  FEEDBACK_POINT_NOT_FOUND: 'Feedback point #{id} is not on this sent letter.',
  FEEDBACK_SENT:
    'Feedback letter {number} has been sent: it can no longer be changed. Write a new letter to add to it.',
  FEEDBACK_INCOMPLETE:
    'The letter cannot be sent yet: its number, the signer (name and title), a summary and at least one point with words are needed.',
  FEEDBACK_TOPIC_INVALID: 'Feedback point: {code} is no {scope} in the {year} catalog.',
  FEEDBACK_YEAR_CLOSED: 'The {year} assessment of {puskesmas} is {status}: its feedback cannot be changed.',
  ANALYSIS_CLOSED:
    'The analysis (Bab V) of {puskesmas} for {year} has been verified by the health office ({status}): it can no longer be changed.',
  RTL_CLOSED:
    'The {year} assessment of {puskesmas} is final: its follow-up plan (RTL) can no longer be changed. Actions not done continue in the next year’s plan.',
  RTL_ACTION_NOT_FOUND: 'RTL action #{id} does not belong to this assessment.',
  RTL_NEEDS_PROBLEM: 'Write the problem of indicator {code} (Bab V) first, then add its RTL actions.',
  RTL_DATES_INVALID: 'The start date ({start|date}) may not be after the due date ({due|date}).',
  RTL_CARRY_CLOSED:
    'The {from} RTL can be carried into {to} only while the {to} assessment of {puskesmas} is a draft (it is {status}).',
  PROGRAMME_NOT_FOUND: 'Programme {code} is not in the {year} catalog.',
  // Verification: Dinkes' corrections, returned items, the verifier's looks (domain/verification/)
  VERIFICATION_CLOSED:
    'Dinkes corrects, returns and reviews only while the {year} assessment of {puskesmas} is submitted. Once it is verified, reopen the verification first.',
  VERIFIER_ONLY: 'Only a Dinkes verifier or admin corrects, returns or reviews.',
  DINKES_CORRECTION_REASON_REQUIRED:
    'A Dinkes correction needs a reason: say why the Puskesmas’ figure is replaced (or why the correction is withdrawn).',
  CORRECTION_SAME_AS_OWN:
    'The corrected figure for {code} equals the Puskesmas’ own: nothing is corrected. If the Puskesmas’ figure is right, mark the programme reviewed.',
  RETURN_COMMENT_REQUIRED: 'Write a comment for the Puskesmas: what it should check or fix.',
  RETURN_ANSWER_REQUIRED: 'Write an answer for the verifier: what was checked or fixed.',
  RETURN_NOT_FOUND: 'Returned item #{id} does not belong to this assessment.',
  RETURN_EXISTS:
    '{name} is already returned to the Puskesmas and not settled. Once the Puskesmas answers, return that item again with a new comment.',
  RETURN_MOVED:
    'Someone else (or another tab) already moved this returned item: answered, closed or returned again. Reload to see where it stands.',
  RETURN_YEAR_CLOSED:
    'The {year} assessment of {puskesmas} no longer waits for the Puskesmas’ answers: returned items cannot be answered now.',
  // Excel workbooks: Tables 1–5, the monthly entry workbook and its import (src/exchange/xlsx/)
  WORKBOOK_NOT_XLSX:
    'This file is not an Excel workbook (.xlsx). Save it as "Excel Workbook (.xlsx)" and upload it again.',
  WORKBOOK_DAMAGED:
    'This Excel file is damaged or cut short ({reason}). Open it and save it again in Excel, or download the entry workbook again.',
  WORKBOOK_TOO_LARGE:
    'The Excel file is too large (at most {limit}). A pkp monthly entry workbook is far smaller.',
  WORKBOOK_TOO_MANY_ROWS:
    'A sheet has more than {max} rows: this is not a pkp monthly entry workbook. Download the entry workbook from pkp and fill it in.',
  WORKBOOK_TEMPLATE_UNKNOWN:
    'This file is not a pkp monthly entry workbook, or one of another version ({template}). Download the entry workbook from pkp and fill it in.',
  WORKBOOK_OTHER_PUSKESMAS:
    'This entry workbook belongs to Puskesmas {found}, not {expected}. Upload this Puskesmas’ workbook.',
  WORKBOOK_OTHER_YEAR: 'This entry workbook is for {found}, not {expected}. Upload this year’s workbook.',
  WORKBOOK_LAYOUT_CHANGED:
    "The layout of sheet '{sheet}' changed ({reason}): columns must not be inserted, deleted or moved. Download the entry workbook again.",
  IMPORT_TOO_LARGE:
    'The import file is too large (at most {limit}). Import it per Puskesmas with pkp import.',
  IMPORT_OUTSIDE_DISTRICT: 'Puskesmas {code} is not in {district}: its values are not imported here.',
  IMPORT_OTHER_YEAR: 'A value of {year}, not of {expected}, the year being imported.',
  CATALOG_NOT_PUBLISHED:
    'The {district} {year} catalog is not published yet: publish it first (pkp catalog publish), then open the year.',
  CATALOG_EXISTS: 'Year {year} has a catalog already: edit it, or import a file into its draft.',
  CATALOG_FILE_TOO_LARGE: 'The catalog file is too large (at most {limit}).',
  CATALOG_INVALID: 'The catalog was not saved: {count} problems (each named by its row).',
  // Districts: adding one under its province, adopting another district's catalog.
  COUNTRY_NOT_FOUND: 'There is no national unit with code {code}.',
  PROVINCE_NOT_FOUND: 'There is no province with code {code}.',
  ORG_UNIT_CODE_TAKEN: 'Code {code} is already used by {name}: choose another.',
  PUSKESMAS_CSV_INVALID:
    'The district was not added: {count} problems in the list of Puskesmas (each named by its row).',
  CATALOG_ADOPT_NOT_PUBLISHED:
    'The {district} {year} catalog is not published: only a published catalog can be adopted.',
  // Reports (the annual report, district documents, the batch job).
  REPORT_NOT_VERIFIED:
    'Dinkes has not verified {puskesmas} {year} yet. Make the report with the self-assessment figures, or wait for the verification.',
  REPORT_FORMAT_UNKNOWN: 'Unknown report format "{format}": choose pdf or docx.',
  REPORT_JOB_NOT_FOUND: 'Report job {id} was not found (it may have expired). Start it again.',
  REPORT_JOB_NOT_DONE: 'The reports are still being made ({done} of {total}). Wait until they are done.',
  REPORT_JOB_RUNNING: 'The reports of {district} {year} are being made. Wait, or cancel them first.',
  REPORT_TEXT_TOO_LONG: 'The {section} text is too long (at most {max} characters).',
  USAGE: '{text}',
};
