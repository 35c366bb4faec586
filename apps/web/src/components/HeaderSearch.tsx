import { FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../lib/router';

/** The header's search field: conventions, parties and meetings, on /search. */
export function HeaderSearch() {
  const { t } = useI18n();
  const { navigate, path, search } = useRouter();
  const [text, setText] = useState(path === '/search' ? (search.get('q') ?? '') : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <form role="search" className="header-search" onSubmit={submit} aria-label={t('search.label')}>
      <label htmlFor="header-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="header-search"
        type="search"
        className="input"
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="btn btn-secondary btn-sm">
        {t('search.submit')}
      </button>
    </form>
  );
}
