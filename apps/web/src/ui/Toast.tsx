import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../i18n/i18n';
import { Button } from './Button';

interface ToastMessage {
  id: number;
  text: string;
  undo?: () => Promise<void> | void;
}

interface Toasts {
  /** Says what was just done, with an undo when it can be taken back; stays 10 s. */
  notify(text: string, undo?: () => Promise<void> | void): void;
}

const ToastContext = createContext<Toasts>({ notify: () => undefined });

/** One polite live region for the whole app: a row that vanishes still says what happened to it. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const next = useRef(0);
  const dismiss = useCallback(
    (id: number) => setMessages((list) => list.filter((entry) => entry.id !== id)),
    [],
  );
  const notify = useCallback((text: string, undo?: ToastMessage['undo']) => {
    next.current += 1;
    const id = next.current;
    setMessages((list) => [...list.slice(-2), { id, text, undo }]);
  }, []);
  const value = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <ToastLine
            key={message.id}
            message={message}
            onDone={() => dismiss(message.id)}
            undoLabel={t('common.undo')}
            closeLabel={t('common.close')}
          />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastLine({
  message,
  onDone,
  undoLabel,
  closeLabel,
}: {
  message: ToastMessage;
  onDone(): void;
  undoLabel: string;
  closeLabel: string;
}) {
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(onDone, 10_000);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <div className="toast" data-testid="toast">
      <span>{message.text}</span>
      {message.undo && (
        <Button
          size="sm"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void Promise.resolve(message.undo?.()).finally(onDone);
          }}
        >
          {undoLabel}
        </Button>
      )}
      <Button size="sm" variant="ghost" aria-label={closeLabel} onClick={onDone}>
        ×
      </Button>
    </div>
  );
}

export function useToast(): Toasts {
  return useContext(ToastContext);
}
