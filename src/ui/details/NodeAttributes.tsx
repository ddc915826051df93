/**
 * An actor's attributes as a definition list. Values are text; a value is a link only
 * when it is an absolute http(s) URL, and then opens in a new tab without access to
 * this page (rel="noopener noreferrer").
 */
import { useTranslation } from 'react-i18next';
import type { SimpleNodeAttributes } from '../../model/index.ts';

export function safeHttpUrl(value: string): string | null {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function Value({ value }: { value: string }) {
  const href = safeHttpUrl(value);
  return href === null ? (
    <>{value}</>
  ) : (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {value}
    </a>
  );
}

export function NodeAttributes({
  attributes,
  organizationLabel,
}: {
  attributes: SimpleNodeAttributes;
  organizationLabel?: string;
}) {
  const { t } = useTranslation('details');
  const rows: [string, string][] = [];
  if (attributes.type) rows.push([t('attributes.type'), attributes.type]);
  if (attributes.role) rows.push([t('attributes.role'), attributes.role]);
  if (attributes.organization)
    rows.push([t('attributes.organization'), organizationLabel ?? attributes.organization]);
  for (const [key, value] of Object.entries(attributes.attributes)) {
    if (value !== '') rows.push([key, value]);
  }
  if (rows.length === 0) return null;
  return (
    <dl className="details-attributes" data-testid="details-attributes">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
