// User-facing messages, English.
import type { id } from './id.ts';

export const en: Record<keyof typeof id, string> = {
  DB_LOCKED:
    'The data directory {dir} is in use by another process (PID {pid}). Stop that process first, or use another PKP_DATA_DIR.',
  DB_DIR_PATH_TOO_LONG:
    'The data directory path {dir} is too long for its lock (at most {max} bytes). Use a shorter PKP_DATA_DIR, or run pkp from a directory near it.',
  DB_MIGRATIONS_OUT_OF_SYNC:
    'This database was made by another version of pkp (unknown migration {applied}). Use the matching pkp version.',
  DB_UNREACHABLE: 'Cannot connect to the database {target}: {reason}',
  CONFIG_INVALID: 'Invalid environment settings: {issues}',
  SCENARIO_INVALID: 'Invalid scenario file at {path}: {reason}',
  FILE_UNREADABLE: 'Cannot read the file {file}: {reason}',
  FILE_NOT_FOUND: 'There is no file {file}.',
  SCENARIO_NOT_JSON: 'The scenario file {file} is not valid JSON: {reason}',
  CATALOG_NOT_BUILT_IN: 'pkp has no built-in catalog for {year} (available: {years}).',
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
  STALE_VALUE:
    'Someone else changed this value (version {current}; you edited version {expected}). Reload and choose the right value.',
  PERIOD_LOCKED: 'The {year} assessment of {puskesmas} is locked.',
  YEAR_SUBMITTED:
    'The {year} assessment of {puskesmas} has been submitted to the district health office: the Puskesmas can no longer change it. Corrections go through Dinkes verification.',
  YEAR_READ_ONLY: 'Your role cannot change the {year} assessment of {puskesmas} while it is {status}.',
  TARGET_DINKES_ONLY:
    'The target of indicator {code} is set by the district health office. The Puskesmas sets the sasaran, its choices and what does not apply.',
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
  PROFILE_SASARAN_MISSING:
    'The {year} Puskesmas profile records no "{label}" target population. Fill in the profile first, or enter the number.',
  UKMP_KEY_TAKEN:
    'The {service} service already has {other} as its key indicator. One key indicator per service (criterion 2.7.1): drop that choice first.',
  WARNING_CHANGED:
    'The figures of this warning ({about}) changed since you read them. Look at the new figures, then mark it again.',
  WARNING_CLOSED: 'The warning about {about} is gone: its figure was corrected or is no longer unusual.',
  USAGE: '{text}',
};
