// AG Grid with the Chinese locale and the app's calm theme.
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { FONT_FAMILY, PRIMARY } from '../app/theme';

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
});

export function DataGrid<T>(props: AgGridReactProps<T>) {
  return <AgGridReact<T> theme={gridTheme} localeText={AG_GRID_LOCALE_CN} animateRows={false} containerStyle={{ height: '100%', width: '100%' }} {...props} />;
}
