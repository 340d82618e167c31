import { Outlet } from 'react-router';
import { PageTitleContext, useDocumentTitle } from './page-title';

/**
 * The root route's element, around both layouts: what every move to another page does, in one
 * place. The document's title says where one is (each route's handle.title, routes.tsx).
 */
export function AppFrame() {
  const setPageTitle = useDocumentTitle();
  return (
    <PageTitleContext.Provider value={setPageTitle}>
      <Outlet />
    </PageTitleContext.Provider>
  );
}
