// AG Grid with the Chinese locale and the app's calm theme. Every grid of the desk goes through
// here, so one place decides how grids fit a small screen (column-fit.ts): columns marked with
// `givesWay` are hidden when the grid is too narrow for all its columns, and rows are a little
// tighter in a low window.
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz, type GridApi } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import { FONT_FAMILY, PRIMARY } from '../app/theme';
import { columnsToHide, gridHeights, type FitContext } from './column-fit';

ModuleRegistry.registerModules([AllCommunityModule]);

const gridTheme = themeQuartz.withParams({
  accentColor: PRIMARY,
  fontFamily: FONT_FAMILY,
  fontSize: 14,
  headerFontSize: 14,
  headerBackgroundColor: '#f3f6fa',
  headerTextColor: '#17457e',
  headerFontWeight: 600,
  rowHoverColor: '#eef4fb',
  borderRadius: 4,
  wrapperBorderRadius: 4,
  browserColorScheme: 'light',
  // Narrower than the theme's 17 px: a 1366-wide window shows more of each column.
  cellHorizontalPadding: 10,
});

/** Room kept for the vertical scrollbar, so that fitted columns never need a horizontal one. */
const SCROLLBAR_RESERVE = 16;

/** Hides the columns that give way until the rest fit the grid's width (and shows them again when it widens). */
function fitColumns(api: GridApi, width: number): void {
  const columns = (api.getColumns() ?? []).filter((c) => !c.getColDef().hide);
  const fit = columns.map((c) => {
    const def = c.getColDef();
    return { id: c.getColId(), minWidth: def.flex ? (def.minWidth ?? 100) : (def.width ?? def.minWidth ?? 200), givesWay: (def.context as FitContext | undefined)?.givesWay };
  });
  // Columns the grid adds itself (the selection checkboxes) take their room first.
  const own = new Set(columns);
  const added = api.getAllDisplayedColumns().reduce((sum, c) => sum + (own.has(c) ? 0 : c.getActualWidth()), 0);
  const hidden = columnsToHide(fit, width - added - SCROLLBAR_RESERVE);
  const show = columns.filter((c) => !hidden.has(c.getColId()) && !c.isVisible());
  const hide = columns.filter((c) => hidden.has(c.getColId()) && c.isVisible());
  if (show.length) api.setColumnsVisible(show, true);
  if (hide.length) api.setColumnsVisible(hide, false);
}

function useWindowHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

export function DataGrid<T>(props: AgGridReactProps<T>) {
  const { onGridSizeChanged, onNewColumnsLoaded, rowHeight = 40, headerHeight = 40, ...rest } = props;
  const width = useRef(0);
  const heights = gridHeights({ rowHeight, headerHeight }, useWindowHeight());
  return (
    <AgGridReact<T>
      theme={gridTheme}
      localeText={AG_GRID_LOCALE_CN}
      animateRows={false}
      containerStyle={{ height: '100%', width: '100%' }}
      {...rest}
      rowHeight={heights.rowHeight}
      headerHeight={heights.headerHeight}
      onGridSizeChanged={(e) => {
        width.current = e.clientWidth;
        if (e.clientWidth > 0) fitColumns(e.api, e.clientWidth);
        onGridSizeChanged?.(e);
      }}
      onNewColumnsLoaded={(e) => {
        if (width.current > 0) fitColumns(e.api, width.current);
        onNewColumnsLoaded?.(e);
      }}
    />
  );
}
