// The names and addresses this PC answers to on the LAN: what a browser on another PC may put
// in the address bar (the Host allow-list) and what the station's certificate names.
import { hostname, networkInterfaces } from 'node:os';

export function machineAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      // Link-local IPv6 needs a zone id, which browsers do not take in a URL.
      if (a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')) continue;
      out.push(a.address);
    }
  }
  return out;
}

export function machineHostNames(): string[] {
  const name = hostname().toLowerCase();
  const names = name ? [name, ...(name.includes('.') ? [] : [`${name}.local`])] : [];
  return [...names, ...machineAddresses()];
}
