import { useEffect, useState } from 'react';
import { api, type EntityRecord } from '../api.ts';

/** Finds an entity by Arabic or English name; the value is its store id. */
export function ActorPicker({ label, value, onChange, testId }: { label: string; value: string; onChange: (id: string, name: string) => void; testId?: string }) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<EntityRecord[]>([]);
  useEffect(() => {
    if (text.trim().length < 2) {
      setOptions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.findEntities(text.trim()).then((r) => live && setOptions(r.slice(0, 8)), () => live && setOptions([]));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return (
    <label className="actor-picker">
      <span>{label}</span>
      <input data-testid={testId} value={text} onChange={(e) => setText(e.target.value)} placeholder={value ? `#${value}` : 'روسيا / Russia'} />
      {options.length > 0 && (
        <ul className="options" role="listbox">
          {options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                onClick={() => {
                  onChange(String(o.id), o.nameEn ?? o.name);
                  setText(o.nameEn ? `${o.name} (${o.nameEn})` : o.name);
                  setOptions([]);
                }}
              >
                <bdi>{o.name}</bdi> {o.nameEn && <bdi className="en">({o.nameEn})</bdi>} <small>{o.type}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </label>
  );
}
