import { Outlet } from 'react-router';
import { PageTitleContext, useDocumentTitle } from './page-title';
import { useFocusOnPageChange } from './use-main-focus';

/**
 * The root route's element, around both layouts: what every move to another page does, in one
 * place. The document's title says where one is (each route's handle.title, routes.tsx), and
 * after a move the person made the new page's main heading takes the focus.
 */
export function AppFrame() {
  const setPageTitle = useDocumentTitle();
  useFocusOnPageChange();
  return (
    <PageTitleContext.Provider value={setPageTitle}>
      <Outlet />
    </PageTitleContext.Provider>
  );
}
