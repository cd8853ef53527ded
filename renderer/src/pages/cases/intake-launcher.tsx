// 登记事件 from anywhere in the app: one intake drawer for the whole workbench, opened by F2 on
// any screen or by the 登记事件 buttons. Accounts that cannot register cases get neither.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../../app/session';
import { IntakeDrawer, type IntakeOptions } from './intake-drawer';

export type { IntakeOptions };

const IntakeContext = createContext<{ open: (opts?: IntakeOptions) => void; allowed: boolean }>({ open: () => {}, allowed: false });

export function IntakeProvider({ children }: { children: ReactNode }) {
  const { can } = useSession();
  const allowed = can('cases.intake');
  const [isOpen, setOpen] = useState(false);
  const [options, setOptions] = useState<IntakeOptions | null>(null);
  const open = useCallback((opts?: IntakeOptions) => {
    setOptions(opts ?? null);
    setOpen(true);
  }, []);
  useEffect(() => {
    if (!allowed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F2') {
        e.preventDefault();
        setOptions(null);
        setOpen(true);
      }
    };
    // Capture phase: tables (AG Grid) use F2 for cell editing and would swallow it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [allowed]);
  const value = useMemo(() => ({ open, allowed }), [open, allowed]);
  return (
    <IntakeContext.Provider value={value}>
      {children}
      {allowed ? <IntakeDrawer open={isOpen} options={options} onClose={() => setOpen(false)} /> : null}
    </IntakeContext.Provider>
  );
}

/** Opens the intake drawer from a screen (e.g. prefilled from a work log); `allowed` says whether the account may register. */
export function useIntake() {
  return useContext(IntakeContext);
}

/** The big 登记事件 button; renders nothing for accounts that cannot register. */
export function IntakeLauncher({ size = 'large', className }: { size?: 'large' | 'middle'; className?: string }) {
  const { open, allowed } = useContext(IntakeContext);
  if (!allowed) return null;
  return (
    <Button type="primary" size={size} icon={<PlusOutlined />} onClick={() => open()} className={className} data-testid="intake-open">
      登记事件 <span className="tgc-key">F2</span>
    </Button>
  );
}
