import { lazy, Suspense, useEffect, useState } from 'react';
import { LangContext, useT, type Lang } from './i18n.ts';
import { href, useRoute } from './hooks.ts';
import { SearchPage } from './pages/SearchPage.tsx';
import { ArticlePage } from './pages/ArticlePage.tsx';
// Pages with heavy libraries (cytoscape, map geometry) load on first visit, so the search page starts fast.
const EntityPage = lazy(async () => ({ default: (await import('./pages/EntityPage.tsx')).EntityPage }));
const DyadPage = lazy(async () => ({ default: (await import('./pages/DyadPage.tsx')).DyadPage }));
const MapPage = lazy(async () => ({ default: (await import('./pages/MapPage.tsx')).MapPage }));

function Nav({ lang, setLang, page }: { lang: Lang; setLang: (l: Lang) => void; page: string }) {
  const t = useT();
  return (
    <header className="top">
      <a className="brand" href={href('search')}>
        <span className="logo">{t('appName')}</span> <small>{t('tagline')}</small>
      </a>
      <nav>
        <a href={href('search')} className={page === 'search' ? 'active' : ''} data-testid="nav-search">
          {t('search')}
        </a>
        <a href={href('dyad')} className={page === 'dyad' ? 'active' : ''} data-testid="nav-dyad">
          {t('relations')}
        </a>
        <a href={href('map')} className={page === 'map' ? 'active' : ''} data-testid="nav-map">
          {t('map')}
        </a>
        <button type="button" className="lang" onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')} data-testid="lang-toggle">
          {t('language')}
        </button>
      </nav>
    </header>
  );
}

function Loading() {
  const t = useT();
  return (
    <div className="status" role="status">
      <span className="spinner" aria-hidden /> {t('loading')}
    </div>
  );
}

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('rasd.lang') === 'en' ? 'en' : 'ar'));
  useEffect(() => {
    localStorage.setItem('rasd.lang', lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }, [lang]);
  const { path, params } = useRoute();
  const page = path[0] ?? 'search';
  const id = Number(path[1]);
  let body;
  if (page === 'article' && Number.isInteger(id)) body = <ArticlePage id={id} />;
  else if (page === 'entity' && Number.isInteger(id)) body = <EntityPage id={id} />;
  else if (page === 'dyad') body = <DyadPage params={params} />;
  else if (page === 'map') body = <MapPage params={params} />;
  else body = <SearchPage params={params} />;
  return (
    <LangContext.Provider value={lang}>
      <Nav lang={lang} setLang={setLang} page={page} />
      <main key={`${page}/${path[1] ?? ''}`}>
        <Suspense fallback={<Loading />}>{body}</Suspense>
      </main>
    </LangContext.Provider>
  );
}
