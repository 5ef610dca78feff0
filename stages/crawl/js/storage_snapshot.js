// What this frame's origin holds now: web storage keys and IndexedDB databases.
async () => {
  const out = { origin: location.origin, host: location.hostname, local: [], session: [], idb: [] };
  try { out.local = Object.keys(localStorage); } catch (_) {}
  try { out.session = Object.keys(sessionStorage); } catch (_) {}
  try { if (indexedDB.databases) out.idb = (await indexedDB.databases()).map((d) => d.name); } catch (_) {}
  return out;
}
