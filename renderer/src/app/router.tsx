import { createHashRouter } from 'react-router'
import { AppLayout } from './AppLayout'
import { CounterPage } from '../pages/counter/CounterPage'
import { IntakePage } from '../pages/intake/IntakePage'
import { TicketsPage } from '../pages/tickets/TicketsPage'
import { TicketPage } from '../pages/tickets/TicketPage'
import { CustomersPage } from '../pages/customers/CustomersPage'
import { CustomerPage } from '../pages/customers/CustomerPage'
import { PartsPage } from '../pages/stock/PartsPage'
import { PartPage } from '../pages/stock/PartPage'
import { SuppliersPage } from '../pages/suppliers/SuppliersPage'
import { SupplierPage } from '../pages/suppliers/SupplierPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { SetupGate } from '../pages/settings/SetupGate'
import { CountsPage } from '../pages/counts/CountsPage'
import { CountPage } from '../pages/counts/CountPage'
import { StockReportPage } from '../pages/reports/StockReportPage'
import { PurchaseOrdersPage } from '../pages/purchasing/PurchaseOrdersPage'
import { PurchaseOrderPage } from '../pages/purchasing/PurchaseOrderPage'
import { WorkshopPage } from '../pages/workshop/WorkshopPage'
import { QueuePage } from '../pages/workshop/QueuePage'
import { LabourPage } from '../pages/labour/LabourPage'
import { SalePage } from '../pages/sale/SalePage'
import { InvoicesPage } from '../pages/invoices/InvoicesPage'
import { InvoicePage } from '../pages/invoices/InvoicePage'
import { DrawerPage } from '../pages/drawer/DrawerPage'
import { MoneyOwedPage } from '../pages/moneyOwed/MoneyOwedPage'
import { SalesReportPage } from '../pages/salesReport/SalesReportPage'

// Hash routes: the desktop app loads the renderer from a file, where paths cannot be served.
export const router = createHashRouter([
  {
    path: '/',
    element: (
      <SetupGate>
        <AppLayout />
      </SetupGate>
    ),
    children: [
      { index: true, element: <CounterPage /> },
      { path: 'intake', element: <IntakePage /> },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'tickets/:id', element: <TicketPage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <CustomerPage /> },
      { path: 'stock', element: <PartsPage /> },
      { path: 'stock/:id', element: <PartPage /> },
      { path: 'suppliers', element: <SuppliersPage /> },
      { path: 'suppliers/:id', element: <SupplierPage /> },
      { path: 'purchase-orders', element: <PurchaseOrdersPage /> },
      { path: 'purchase-orders/:id', element: <PurchaseOrderPage /> },
      { path: 'counts', element: <CountsPage /> },
      { path: 'counts/:id', element: <CountPage /> },
      { path: 'reports/stock', element: <StockReportPage /> },
      { path: 'workshop', element: <WorkshopPage /> },
      { path: 'workshop/queue/:staffId', element: <QueuePage /> },
      { path: 'labour', element: <LabourPage /> },
      { path: 'sale', element: <SalePage /> },
      { path: 'invoices', element: <InvoicesPage /> },
      { path: 'invoices/:id', element: <InvoicePage /> },
      { path: 'drawer', element: <DrawerPage /> },
      { path: 'money-owed', element: <MoneyOwedPage /> },
      { path: 'reports/sales', element: <SalesReportPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
  // Loaded on demand: the receipt view brings the Chinese print fonts, which the rest of the app does not need.
  {
    path: '/print/ticket/:id',
    lazy: async () => ({ Component: (await import('../print/TicketReceiptPage')).TicketReceiptPage }),
  },
  {
    path: '/print/purchase-order/:id',
    lazy: async () => ({
      Component: (await import('../print/purchaseOrder/PurchaseOrderPrint')).PurchaseOrderPrint,
    }),
  },
  {
    path: '/print/job/:id',
    lazy: async () => ({ Component: (await import('../print/jobSheet/JobSheetPrint')).JobSheetPrint }),
  },
  {
    path: '/print/invoice/:id',
    lazy: async () => ({ Component: (await import('../print/invoice/InvoicePrint')).InvoicePrint }),
  },
  {
    path: '/print/z/:sessionId',
    lazy: async () => ({ Component: (await import('../print/zReport/ZReportPrint')).ZReportPrint }),
  },
  {
    path: '/print/statement/:customerId',
    lazy: async () => ({ Component: (await import('../print/statement/StatementPrint')).StatementPrint }),
  },
  {
    path: '/print/sales-report',
    lazy: async () => ({
      Component: (await import('../print/salesReport/SalesReportPrint')).SalesReportPrint,
    }),
  },
  {
    path: '/print/labels',
    lazy: async () => ({ Component: (await import('../print/labels/LabelsPrint')).LabelsPrint }),
  },
  {
    path: '/print/stock-report',
    lazy: async () => ({
      Component: (await import('../print/stockReport/StockReportPrint')).StockReportPrint,
    }),
  },
])
