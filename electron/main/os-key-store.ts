// The desktop keeps the database key sealed by the OS key store (Electron safeStorage: DPAPI on
// Windows, the Keychain on macOS, the Secret Service / KWallet on Linux). Where Linux has no key
// store, safeStorage would fall back to a fixed password: then there is no sealer, and the key
// lives in a key file only this account can read, as on the station (docs/encryption.md).
import { safeStorage } from 'electron';
import type { KeySealer } from '../core/host/key-custody';

export function osKeySealer(): KeySealer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    seal: (text) => safeStorage.encryptString(text),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}
