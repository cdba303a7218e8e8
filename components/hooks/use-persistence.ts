/** The browser's answer to Factmark's request for persistent storage (storage/persistence.ts). */
import { useEffect, useState } from 'preact/hooks';
import { ensurePersisted, type Persistence } from '../../storage/persistence';

export function usePersistence(): Persistence | null {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    void ensurePersisted().then(setPersistence);
  }, []);
  return persistence;
}
