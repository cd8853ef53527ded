// The only bridge between the renderer and the main process: invoke and subscribe. Its type
// is the renderer's `window.towngrid` (shared/rpc/bridge.ts).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TownGridBridge } from '../../shared/rpc/bridge';

const bridge = {
  invoke: (method, input, token) => ipcRenderer.invoke('towngrid:rpc', method, input, token),
  subscribe: (event, cb) => {
    // The main process sends each event with its own payload (electron/main: core.on → webContents.send).
    const listener = (_e: IpcRendererEvent, name: string, payload: Parameters<typeof cb>[0]) => {
      if (name === event) cb(payload);
    };
    ipcRenderer.on('towngrid:event', listener);
    return () => ipcRenderer.off('towngrid:event', listener);
  },
  notify: (notice) => ipcRenderer.invoke('towngrid:notify', notice) as Promise<boolean>,
} satisfies TownGridBridge;

contextBridge.exposeInMainWorld('towngrid', bridge);
