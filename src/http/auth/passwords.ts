// Passwords are hashed with argon2id (the library's default algorithm and parameters: 19 MiB, 2 passes,
// 1 lane — OWASP's recommended minimum), stored as PHC strings that carry their own parameters and salt.
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../app/ports.ts';

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password),
  verify: (phc, password) => verify(phc, password),
};
