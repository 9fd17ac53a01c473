// Who a command acts as: the audit trail names a person. An admin's command run on the server is
// recorded as `--by NAME`, or else as the operating-system account that ran it ("cli:budi").
import { userInfo } from 'node:os';
import type { Editor } from '../app/year-write.ts';

export function cliAdmin(by: string | undefined): Editor {
  const name = by?.trim() || `cli:${safeUserName()}`;
  return { username: name, role: 'admin_dinkes' };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // A process without a passwd entry (some containers) has no name to give.
    return 'unknown';
  }
}
