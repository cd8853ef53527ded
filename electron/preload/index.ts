// The only bridge between the renderer and the main process: invoke and subscribe.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('towngrid', {
  invoke: (method: string, input: unknown, token: string | null) => ipcRenderer.invoke('towngrid:rpc', method, input, token),
  subscribe: (event: string, cb: (payload: unknown) => void) => {
    const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) cb(payload);
    };
    ipcRenderer.on('towngrid:event', listener);
    return () => ipcRenderer.off('towngrid:event', listener);
  },
});
