import { Button } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../pages/hub.module.css';

/**
 * A list that grows with the hub's work (organizations waiting, organizations without members):
 * the first `first` items, and a button that shows the rest. A list of dozens otherwise pushed
 * every section after it, the registration form among them, thousands of pixels down a phone.
 * Shown whole, the focus goes to the first item that was hidden, where reading goes on; shown
 * short again, the button stays in sight.
 */
export function ShortList<Item extends { id: string }>({ items, first, children }: { items: Item[]; first: number; children: (item: Item) => ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [whole, setWhole] = useState(false);
  // What the last press did, for the effect that follows it to move the focus or the view.
  const [pressed, setPressed] = useState<'expanded' | 'collapsed' | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pressed === 'expanded') (listRef.current?.children[first] as HTMLElement | undefined)?.focus();
    if (pressed === 'collapsed') buttonRef.current?.scrollIntoView({ block: 'nearest' });
    setPressed(null);
  }, [pressed, first]);

  const longer = items.length > first;
  const shown = whole || !longer ? items : items.slice(0, first);
  return (
    <>
      <ul className={classes.list} id={id} ref={listRef}>
        {shown.map((item, index) => (
          <li key={item.id} tabIndex={longer && index === first ? -1 : undefined}>
            {children(item)}
          </li>
        ))}
      </ul>
      {longer && (
        <Button
          ref={buttonRef}
          variant="default"
          size="md"
          className={classes.showAll}
          aria-expanded={whole}
          aria-controls={id}
          onClick={() => {
            setWhole(!whole);
            setPressed(whole ? 'collapsed' : 'expanded');
          }}
        >
          {whole ? t('hub.showFirst', { count: first }) : t('hub.showAll', { count: items.length })}
        </Button>
      )}
    </>
  );
}
