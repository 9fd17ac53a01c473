// The demo accounts `pkp serve --demo` creates, from the one list the server uses.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from '../../src/app/demo/demo-accounts.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount };

export function account(role: DemoAccount['role'], unit?: string): DemoAccount {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && (unit === undefined || a.orgUnitCode === unit));
  if (!found) throw new Error(`no demo account for ${role}${unit ? ` at ${unit}` : ''}`);
  return found;
}
