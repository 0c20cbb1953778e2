-- table attachments on attachments
CREATE TABLE "attachments" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "fileName" text not null, "mimeType" text not null, "size" integer not null, "storedName" text not null, "thumbnailName" text, "visibility" text not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"));

-- index attachments_ticket on attachments
CREATE INDEX "attachments_ticket" on "attachments" ("ticketId", "id");

-- table auditLog on auditLog
CREATE TABLE "auditLog" ("id" text primary key, "at" text not null, "actorId" text not null, "action" text not null, "entity" text not null, "entityId" text not null, "data" text not null);

-- trigger auditLog_no_delete on auditLog
CREATE TRIGGER "auditLog_no_delete" before delete on "auditLog" begin select raise(abort, 'auditLog is append-only'); end;

-- trigger auditLog_no_update on auditLog
CREATE TRIGGER "auditLog_no_update" before update on "auditLog" begin select raise(abort, 'auditLog is append-only'); end;

-- table cashMovements on cashMovements
CREATE TABLE "cashMovements" ("id" text primary key, "sessionId" text not null references "drawerSessions" ("id"), "kind" text not null, "amountMinor" integer not null, "reason" text not null, "paymentId" text references "payments" ("id"), "createdAt" text not null, "createdBy" text not null references "staff" ("id"));

-- index cashMovements_session on cashMovements
CREATE INDEX "cashMovements_session" on "cashMovements" ("sessionId", "id");

-- trigger cashMovements_no_delete on cashMovements
CREATE TRIGGER "cashMovements_no_delete" before delete on "cashMovements" begin select raise(abort, 'cashMovements is append-only: issued documents and money are never changed'); end;

-- trigger cashMovements_no_update on cashMovements
CREATE TRIGGER "cashMovements_no_update" before update on "cashMovements" begin select raise(abort, 'cashMovements is append-only: issued documents and money are never changed'); end;

-- table customerPhones on customerPhones
CREATE TABLE "customerPhones" ("customerId" text not null references "customers" ("id") on delete cascade, "position" integer not null, "phone" text not null, "phoneReversed" text not null, constraint "customerPhones_pk" primary key ("customerId", "position"));

-- index customerPhones_phone on customerPhones
CREATE INDEX "customerPhones_phone" on "customerPhones" ("phone");

-- index customerPhones_reversed on customerPhones
CREATE INDEX "customerPhones_reversed" on "customerPhones" ("phoneReversed");

-- table customerSearchGrams on customerSearchGrams
CREATE TABLE "customerSearchGrams" ("gram" text not null, "customerKey" integer not null references "customers" ("searchKey") on delete cascade, constraint "customerSearchGrams_pk" primary key ("gram", "customerKey")) without rowid;

-- index customerSearchGrams_customer on customerSearchGrams
CREATE INDEX "customerSearchGrams_customer" on "customerSearchGrams" ("customerKey");

-- table customers on customers
CREATE TABLE "customers" ("id" text primary key, "searchKey" integer not null unique, "name" text not null, "email" text not null, "address" text not null, "notes" text not null, "createdAt" text not null, "updatedAt" text not null);

-- table devices on devices
CREATE TABLE "devices" ("id" text primary key, "customerId" text not null references "customers" ("id"), "category" text not null, "brand" text not null, "model" text not null, "serial" text not null, "serialReversed" text not null, "purchaseDate" text, "warrantyEnd" text, "notes" text not null, "createdAt" text not null, "updatedAt" text not null);

-- index devices_customer on devices
CREATE INDEX "devices_customer" on "devices" ("customerId", "id");

-- index devices_serial on devices
CREATE INDEX "devices_serial" on "devices" ("serial");

-- index devices_serialReversed on devices
CREATE INDEX "devices_serialReversed" on "devices" ("serialReversed");

-- table documentSequences on documentSequences
CREATE TABLE "documentSequences" ("name" text primary key, "nextValue" integer not null);

-- table drawerSessions on drawerSessions
CREATE TABLE "drawerSessions" ("id" text primary key, "number" text not null unique, "status" text not null, "floatMinor" integer not null, "openedAt" text not null, "openedBy" text not null references "staff" ("id"), "closedAt" text, "closedBy" text references "staff" ("id"), "expectedMinor" integer, "countedMinor" integer, "varianceMinor" integer, "denominations" text, "note" text default '' not null, "zReport" text);

-- index drawerSessions_open on drawerSessions
CREATE UNIQUE INDEX "drawerSessions_open" on "drawerSessions" ("status") where "status" = 'open';

-- index drawerSessions_openedAt on drawerSessions
CREATE INDEX "drawerSessions_openedAt" on "drawerSessions" ("openedAt");

-- trigger drawerSessions_frozen on drawerSessions
CREATE TRIGGER "drawerSessions_frozen" before update on "drawerSessions" when old.status = 'closed' begin select raise(abort, 'a closed drawer session is frozen'); end;

-- trigger drawerSessions_no_delete on drawerSessions
CREATE TRIGGER "drawerSessions_no_delete" before delete on "drawerSessions" begin select raise(abort, 'drawer sessions are kept'); end;

-- table estimateLines on estimateLines
CREATE TABLE "estimateLines" ("id" text primary key, "estimateId" text not null references "estimates" ("id"), "position" integer not null, "kind" text not null, "labourItemId" text references "labourItems" ("id"), "partId" text references "parts" ("id"), "description" text not null, "quantity" integer not null, "unitPriceMinor" integer not null, "taxRateBp" integer not null, "netMinor" integer not null, "taxMinor" integer not null, "totalMinor" integer not null, "unitCostMinor" integer not null, "warrantyDays" integer not null);

-- index estimateLines_estimate on estimateLines
CREATE INDEX "estimateLines_estimate" on "estimateLines" ("estimateId", "position");

-- table estimates on estimates
CREATE TABLE "estimates" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "version" integer not null, "status" text not null, "pricesIncludeTax" integer not null, "subtotalMinor" integer not null, "taxMinor" integer not null, "totalMinor" integer not null, "costMinor" integer not null, "note" text not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"), "sentAt" text, "sentBy" text references "staff" ("id"), "decidedAt" text, "decisionChannel" text, "decisionRecordedBy" text references "staff" ("id"), "decisionNote" text default '' not null);

-- index estimates_ticket on estimates
CREATE UNIQUE INDEX "estimates_ticket" on "estimates" ("ticketId", "version");

-- table idempotencyKeys on idempotencyKeys
CREATE TABLE "idempotencyKeys" ("key" text primary key, "method" text not null, "fingerprint" text not null, "response" text not null, "createdAt" text not null);

-- table invoiceLines on invoiceLines
CREATE TABLE "invoiceLines" ("id" text primary key, "invoiceId" text not null references "invoices" ("id"), "position" integer not null, "kind" text not null, "labourItemId" text references "labourItems" ("id"), "partId" text references "parts" ("id"), "description" text not null, "quantity" integer not null, "unitPriceMinor" integer not null, "discountMinor" integer not null, "discountReason" text not null, "taxRateBp" integer not null, "netMinor" integer not null, "taxMinor" integer not null, "totalMinor" integer not null, "unitCostMinor" integer not null, "warrantyDays" integer not null, "originalLineId" text references "invoiceLines" ("id"), "restocked" integer default 0 not null);

-- index invoiceLines_invoice on invoiceLines
CREATE INDEX "invoiceLines_invoice" on "invoiceLines" ("invoiceId", "position");

-- index invoiceLines_original on invoiceLines
CREATE INDEX "invoiceLines_original" on "invoiceLines" ("originalLineId") where "originalLineId" is not null;

-- index invoiceLines_report on invoiceLines
CREATE INDEX "invoiceLines_report" on "invoiceLines" ("invoiceId", "kind", "partId", "totalMinor", "unitCostMinor", "quantity");

-- trigger invoiceLines_no_delete on invoiceLines
CREATE TRIGGER "invoiceLines_no_delete" before delete on "invoiceLines" begin select raise(abort, 'invoiceLines is append-only: issued documents and money are never changed'); end;

-- trigger invoiceLines_no_update on invoiceLines
CREATE TRIGGER "invoiceLines_no_update" before update on "invoiceLines" begin select raise(abort, 'invoiceLines is append-only: issued documents and money are never changed'); end;

-- table invoiceTaxNumbers on invoiceTaxNumbers
CREATE TABLE "invoiceTaxNumbers" ("id" text primary key, "invoiceId" text not null references "invoices" ("id"), "taxInvoiceNumber" text not null, "recordedAt" text not null, "recordedBy" text not null references "staff" ("id"));

-- index invoiceTaxNumbers_invoice on invoiceTaxNumbers
CREATE INDEX "invoiceTaxNumbers_invoice" on "invoiceTaxNumbers" ("invoiceId", "id");

-- trigger invoiceTaxNumbers_no_delete on invoiceTaxNumbers
CREATE TRIGGER "invoiceTaxNumbers_no_delete" before delete on "invoiceTaxNumbers" begin select raise(abort, 'invoiceTaxNumbers is append-only: issued documents and money are never changed'); end;

-- trigger invoiceTaxNumbers_no_update on invoiceTaxNumbers
CREATE TRIGGER "invoiceTaxNumbers_no_update" before update on "invoiceTaxNumbers" begin select raise(abort, 'invoiceTaxNumbers is append-only: issued documents and money are never changed'); end;

-- table invoices on invoices
CREATE TABLE "invoices" ("id" text primary key, "number" text not null unique, "kind" text not null, "ticketId" text references "tickets" ("id"), "customerId" text references "customers" ("id"), "originalInvoiceId" text references "invoices" ("id"), "reason" text not null, "isVoid" integer default 0 not null, "pricesIncludeTax" integer not null, "currency" text not null, "netMinor" integer not null, "discountMinor" integer not null, "taxMinor" integer not null, "totalMinor" integer not null, "note" text not null, "issuedAt" text not null, "issuedBy" text not null references "staff" ("id"), "drawerSessionId" text references "drawerSessions" ("id"));

-- index invoices_customer on invoices
CREATE INDEX "invoices_customer" on "invoices" ("customerId", "issuedAt");

-- index invoices_issuedAt on invoices
CREATE INDEX "invoices_issuedAt" on "invoices" ("issuedAt", "id");

-- index invoices_original on invoices
CREATE INDEX "invoices_original" on "invoices" ("originalInvoiceId") where "originalInvoiceId" is not null;

-- index invoices_owed on invoices
CREATE INDEX "invoices_owed" on "invoices" ("customerId", "kind", "totalMinor") where "customerId" is not null;

-- index invoices_report on invoices
CREATE INDEX "invoices_report" on "invoices" ("issuedAt", "kind", "id", "netMinor", "discountMinor", "taxMinor", "totalMinor");

-- index invoices_ticket on invoices
CREATE INDEX "invoices_ticket" on "invoices" ("ticketId") where "ticketId" is not null;

-- trigger invoices_no_delete on invoices
CREATE TRIGGER "invoices_no_delete" before delete on "invoices" begin select raise(abort, 'invoices is append-only: issued documents and money are never changed'); end;

-- trigger invoices_no_update on invoices
CREATE TRIGGER "invoices_no_update" before update on "invoices" begin select raise(abort, 'invoices is append-only: issued documents and money are never changed'); end;

-- table labourItems on labourItems
CREATE TABLE "labourItems" ("id" text primary key, "name" text not null, "category" text not null, "priceMinor" integer not null, "standardMinutes" integer not null, "warrantyDays" integer not null, "taxRateBp" integer, "active" integer default 1 not null, "searchText" text not null, "createdAt" text not null, "updatedAt" text not null);

-- table messageTemplates on messageTemplates
CREATE TABLE "messageTemplates" ("status" text not null, "locale" text not null, "body" text not null, "updatedAt" text not null, constraint "messageTemplates_pk" primary key ("status", "locale"));

-- table partBarcodes on partBarcodes
CREATE TABLE "partBarcodes" ("barcode" text primary key, "partId" text not null references "parts" ("id") on delete cascade);

-- index partBarcodes_part on partBarcodes
CREATE INDEX "partBarcodes_part" on "partBarcodes" ("partId");

-- table parts on parts
CREATE TABLE "parts" ("id" text primary key, "sku" text not null unique, "name" text not null, "category" text not null, "brand" text not null, "compatibleModels" text not null, "unit" text not null, "priceMinor" integer not null, "reorderPoint" integer not null, "reorderQuantity" integer not null, "bin" text not null, "defaultSupplierId" text references "suppliers" ("id"), "serialized" integer not null, "active" integer not null, "searchText" text not null, "createdAt" text not null, "updatedAt" text not null);

-- index parts_supplier on parts
CREATE INDEX "parts_supplier" on "parts" ("defaultSupplierId");

-- table payments on payments
CREATE TABLE "payments" ("id" text primary key, "kind" text not null, "invoiceId" text references "invoices" ("id"), "creditNoteId" text references "invoices" ("id"), "customerId" text references "customers" ("id"), "tender" text not null, "amountMinor" integer not null, "tenderedMinor" integer, "changeMinor" integer default 0 not null, "reference" text not null, "drawerSessionId" text references "drawerSessions" ("id"), "createdAt" text not null, "createdBy" text not null references "staff" ("id"));

-- index payments_createdAt on payments
CREATE INDEX "payments_createdAt" on "payments" ("createdAt", "id");

-- index payments_creditNote on payments
CREATE INDEX "payments_creditNote" on "payments" ("creditNoteId") where "creditNoteId" is not null;

-- index payments_customer on payments
CREATE INDEX "payments_customer" on "payments" ("customerId", "kind", "creditNoteId", "amountMinor") where "customerId" is not null;

-- index payments_drawer on payments
CREATE INDEX "payments_drawer" on "payments" ("drawerSessionId") where "drawerSessionId" is not null;

-- index payments_invoice on payments
CREATE INDEX "payments_invoice" on "payments" ("invoiceId") where "invoiceId" is not null;

-- index payments_report on payments
CREATE INDEX "payments_report" on "payments" ("createdAt", "kind", "tender", "amountMinor");

-- trigger payments_no_delete on payments
CREATE TRIGGER "payments_no_delete" before delete on "payments" begin select raise(abort, 'payments is append-only: issued documents and money are never changed'); end;

-- trigger payments_no_update on payments
CREATE TRIGGER "payments_no_update" before update on "payments" begin select raise(abort, 'payments is append-only: issued documents and money are never changed'); end;

-- table purchaseOrderLines on purchaseOrderLines
CREATE TABLE "purchaseOrderLines" ("id" text primary key, "orderId" text not null references "purchaseOrders" ("id"), "position" integer not null, "partId" text not null references "parts" ("id"), "quantityOrdered" integer not null, "quantityReceived" integer default 0 not null, "unitCostMinor" integer not null, "ticketId" text references "tickets" ("id"));

-- index purchaseOrderLines_order on purchaseOrderLines
CREATE INDEX "purchaseOrderLines_order" on "purchaseOrderLines" ("orderId", "position");

-- index purchaseOrderLines_part on purchaseOrderLines
CREATE INDEX "purchaseOrderLines_part" on "purchaseOrderLines" ("partId");

-- index purchaseOrderLines_ticket on purchaseOrderLines
CREATE INDEX "purchaseOrderLines_ticket" on "purchaseOrderLines" ("ticketId") where "ticketId" is not null;

-- table purchaseOrders on purchaseOrders
CREATE TABLE "purchaseOrders" ("id" text primary key, "number" text not null unique, "supplierId" text not null references "suppliers" ("id"), "status" text not null, "note" text not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"), "orderedAt" text, "closedAt" text, "updatedAt" text not null, "version" integer default 1 not null);

-- index purchaseOrders_status on purchaseOrders
CREATE INDEX "purchaseOrders_status" on "purchaseOrders" ("status", "id");

-- index purchaseOrders_supplier on purchaseOrders
CREATE INDEX "purchaseOrders_supplier" on "purchaseOrders" ("supplierId", "id");

-- table salesLineBuckets on salesLineBuckets
CREATE TABLE "salesLineBuckets" ("hour" text not null, "documentKind" text not null, "lineKind" text not null, "category" text not null, "totalMinor" integer not null, "costMinor" integer not null, constraint "salesLineBuckets_pk" primary key ("hour", "documentKind", "lineKind", "category"));

-- table schemaMigrations on schemaMigrations
CREATE TABLE "schemaMigrations" ("version" integer primary key, "name" text not null, "appliedAt" text not null);

-- table sendOuts on sendOuts
CREATE TABLE "sendOuts" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "partner" text not null, "sentAt" text not null, "trackingNumber" text not null, "expectedBackAt" text, "note" text not null, "sentBy" text not null references "staff" ("id"), "returnedAt" text, "returnNote" text default '' not null, "returnedBy" text references "staff" ("id"));

-- index sendOuts_ticket on sendOuts
CREATE INDEX "sendOuts_ticket" on "sendOuts" ("ticketId", "sentAt");

-- table settings on settings
CREATE TABLE "settings" ("id" integer primary key check (id = 1), "outletName" text not null, "outletCode" text not null, "address" text not null, "phone" text not null, "currency" text not null, "receiptTerms" text not null, "defaultLanguage" text, "updatedAt" text not null, "allowNegativeStock" integer default 0 not null, "taxRateBp" integer default 0 not null, "pricesIncludeTax" integer default 1 not null, "setupCompletedAt" text);

-- table staff on staff
CREATE TABLE "staff" ("id" text primary key, "name" text not null, "code" text not null unique, "role" text not null, "active" integer default 1 not null, "createdAt" text not null);

-- index staff_code on staff
CREATE UNIQUE INDEX "staff_code" on "staff" ("code");

-- table statusLabels on statusLabels
CREATE TABLE "statusLabels" ("id" text primary key, "status" text not null, "name" text not null, "position" integer not null, "active" integer default 1 not null, "createdAt" text not null);

-- index statusLabels_status on statusLabels
CREATE INDEX "statusLabels_status" on "statusLabels" ("status", "position");

-- table stockCountLines on stockCountLines
CREATE TABLE "stockCountLines" ("countId" text not null references "stockCounts" ("id"), "partId" text not null references "parts" ("id"), "expected" integer not null, "counted" integer, "unitCostMinor" integer not null, "updatedAt" text not null, constraint "stockCountLines_pk" primary key ("countId", "partId"));

-- table stockCounts on stockCounts
CREATE TABLE "stockCounts" ("id" text primary key, "number" text not null unique, "scope" text not null, "scopeValue" text not null, "status" text not null, "note" text not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"), "closedAt" text, "closedBy" text references "staff" ("id"));

-- index stockCounts_status on stockCounts
CREATE INDEX "stockCounts_status" on "stockCounts" ("status", "id");

-- table stockLevels on stockLevels
CREATE TABLE "stockLevels" ("partId" text primary key references "parts" ("id"), "onHand" integer not null, "averageCostMinor" integer not null, "updatedAt" text not null, "reserved" integer default 0 not null);

-- table stockMovements on stockMovements
CREATE TABLE "stockMovements" ("id" text primary key, "partId" text not null references "parts" ("id"), "kind" text not null, "quantity" integer not null, "unitCostMinor" integer not null, "balanceAfter" integer not null, "averageCostAfter" integer not null, "reason" text not null, "note" text not null, "documentType" text, "documentId" text, "actorId" text not null references "staff" ("id"), "createdAt" text not null);

-- index stockMovements_createdAt on stockMovements
CREATE INDEX "stockMovements_createdAt" on "stockMovements" ("createdAt");

-- index stockMovements_document on stockMovements
CREATE INDEX "stockMovements_document" on "stockMovements" ("documentType", "documentId");

-- index stockMovements_part on stockMovements
CREATE INDEX "stockMovements_part" on "stockMovements" ("partId", "id");

-- index stockMovements_partCreatedAt on stockMovements
CREATE INDEX "stockMovements_partCreatedAt" on "stockMovements" ("partId", "createdAt", "id");

-- trigger stockMovements_no_delete on stockMovements
CREATE TRIGGER "stockMovements_no_delete" before delete on "stockMovements" begin select raise(abort, 'stockMovements is append-only'); end;

-- trigger stockMovements_no_update on stockMovements
CREATE TRIGGER "stockMovements_no_update" before update on "stockMovements" begin select raise(abort, 'stockMovements is append-only'); end;

-- table storeCredit on storeCredit
CREATE TABLE "storeCredit" ("id" text primary key, "customerId" text not null references "customers" ("id"), "amountMinor" integer not null, "invoiceId" text references "invoices" ("id"), "paymentId" text references "payments" ("id"), "reason" text not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"));

-- index storeCredit_customer on storeCredit
CREATE INDEX "storeCredit_customer" on "storeCredit" ("customerId", "id");

-- trigger storeCredit_no_delete on storeCredit
CREATE TRIGGER "storeCredit_no_delete" before delete on "storeCredit" begin select raise(abort, 'storeCredit is append-only: issued documents and money are never changed'); end;

-- trigger storeCredit_no_update on storeCredit
CREATE TRIGGER "storeCredit_no_update" before update on "storeCredit" begin select raise(abort, 'storeCredit is append-only: issued documents and money are never changed'); end;

-- table suppliers on suppliers
CREATE TABLE "suppliers" ("id" text primary key, "name" text not null, "contact" text not null, "phone" text not null, "email" text not null, "address" text not null, "paymentTerms" text not null, "notes" text not null, "active" integer default 1 not null, "createdAt" text not null, "updatedAt" text not null);

-- table ticketDeposits on ticketDeposits
CREATE TABLE "ticketDeposits" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "amountMinor" integer not null, "tender" text not null, "actorId" text not null references "staff" ("id"), "createdAt" text not null, "drawerSessionId" text references "drawerSessions" ("id"));

-- index ticketDeposits_report on ticketDeposits
CREATE INDEX "ticketDeposits_report" on "ticketDeposits" ("createdAt", "tender", "amountMinor");

-- index ticketDeposits_ticket on ticketDeposits
CREATE INDEX "ticketDeposits_ticket" on "ticketDeposits" ("ticketId");

-- trigger ticketDeposits_no_delete on ticketDeposits
CREATE TRIGGER "ticketDeposits_no_delete" before delete on "ticketDeposits" begin select raise(abort, 'ticketDeposits is append-only'); end;

-- trigger ticketDeposits_no_update on ticketDeposits
CREATE TRIGGER "ticketDeposits_no_update" before update on "ticketDeposits" begin select raise(abort, 'ticketDeposits is append-only'); end;

-- table ticketEvents on ticketEvents
CREATE TABLE "ticketEvents" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "kind" text not null, "fromStatus" text, "toStatus" text, "note" text not null, "amountMinor" integer, "actorId" text not null references "staff" ("id"), "createdAt" text not null, "visibility" text default 'internal' not null, "data" text default '{}' not null);

-- index ticketEvents_ticket on ticketEvents
CREATE INDEX "ticketEvents_ticket" on "ticketEvents" ("ticketId", "id");

-- trigger ticketEvents_no_delete on ticketEvents
CREATE TRIGGER "ticketEvents_no_delete" before delete on "ticketEvents" begin select raise(abort, 'ticketEvents is append-only'); end;

-- trigger ticketEvents_no_update on ticketEvents
CREATE TRIGGER "ticketEvents_no_update" before update on "ticketEvents" begin select raise(abort, 'ticketEvents is append-only'); end;

-- table ticketParts on ticketParts
CREATE TABLE "ticketParts" ("id" text primary key, "ticketId" text not null references "tickets" ("id"), "partId" text not null references "parts" ("id"), "quantity" integer not null, "status" text not null, "unitCostMinor" integer default 0 not null, "createdAt" text not null, "createdBy" text not null references "staff" ("id"), "updatedAt" text not null);

-- index ticketParts_reserved on ticketParts
CREATE INDEX "ticketParts_reserved" on "ticketParts" ("partId") where "status" = 'reserved';

-- index ticketParts_ticket on ticketParts
CREATE INDEX "ticketParts_ticket" on "ticketParts" ("ticketId", "id");

-- table tickets on tickets
CREATE TABLE "tickets" ("id" text primary key, "number" text not null unique, "customerId" text not null references "customers" ("id"), "deviceId" text not null references "devices" ("id"), "status" text not null, "priority" text not null, "reportedFault" text not null, "accessories" text not null, "condition" text not null, "unlockCode" text not null, "estimateMinor" integer, "depositMinor" integer default 0 not null, "promisedAt" text, "createdAt" text not null, "updatedAt" text not null, "createdBy" text not null references "staff" ("id"), "version" integer default 1 not null, "assignedTo" text references "staff" ("id"), "statusLabelId" text references "statusLabels" ("id"), "warrantyOfTicketId" text references "tickets" ("id"), "collectedAt" text, "partsArrivedAt" text);

-- index tickets_assigned on tickets
CREATE INDEX "tickets_assigned" on "tickets" ("assignedTo", "status") where "assignedTo" is not null;

-- index tickets_createdAt on tickets
CREATE INDEX "tickets_createdAt" on "tickets" ("createdAt");

-- index tickets_customer on tickets
CREATE INDEX "tickets_customer" on "tickets" ("customerId", "id");

-- index tickets_device on tickets
CREATE INDEX "tickets_device" on "tickets" ("deviceId", "id");

-- index tickets_status on tickets
CREATE INDEX "tickets_status" on "tickets" ("status", "id");

-- index tickets_warrantyOf on tickets
CREATE INDEX "tickets_warrantyOf" on "tickets" ("warrantyOfTicketId") where "warrantyOfTicketId" is not null;
