import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Estimate, Settings, TicketDetail, TicketPart } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { DeviceSection } from '../ReceiptFacts'
import { ReceiptBarcodes, type TicketBarcodes } from '../ReceiptBarcodes'
import type { ReceiptLayout } from '../receiptLines'
import { Fact, FactSection, PrintSection } from '../shared/Facts'
import receipt from '../receipt.module.css'
import classes from './jobSheet.module.css'

interface JobSheetProps {
  ticket: TicketDetail
  settings: Settings
  estimates: Estimate[]
  parts: TicketPart[]
  barcodes: TicketBarcodes
  layout: ReceiptLayout
  ref?: Ref<HTMLElement>
}

/** The latest estimate the customer approved: the work the technician is cleared to do. */
export function approvedEstimate(estimates: Estimate[]): Estimate | null {
  return (
    estimates.filter((estimate) => estimate.status === 'approved').sort((a, b) => b.version - a.version)[0] ??
    null
  )
}

function Header({ ticket, settings }: { ticket: TicketDetail; settings: Settings }) {
  const { t } = useTranslation('print')
  const format = useFormat()
  return (
    <div>
      <h1 className={receipt.outletName}>{settings.outletName}</h1>
      <p className={receipt.title}>{t('jobSheet.title')}</p>
      <p className={receipt.number} data-testid="job-sheet-number">
        {ticket.number}
      </p>
      <p>{t('receivedAt', { time: format.dateTime(ticket.createdAt) })}</p>
      <p className={receipt.emphasis}>
        {ticket.promisedAt
          ? t('promisedAt', { time: format.dateTime(ticket.promisedAt) })
          : t('jobSheet.noPromise')}
      </p>
      {ticket.priority !== 'normal' && (
        <p className={receipt.priority}>
          {t('priority', { priority: t(`common:priority.${ticket.priority}`) })}
        </p>
      )}
    </div>
  )
}

/** Who works on it and where it stands; whether an unlock code is held (never the code itself). */
function JobFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('print')
  return (
    <FactSection title={t('jobSheet.job')}>
      <Fact label={t('jobSheet.technician')}>{ticket.assignedTo?.name ?? t('jobSheet.unassigned')}</Fact>
      <Fact label={t('jobSheet.status')}>
        {t(`common:status.${ticket.status}`)}
        {ticket.statusLabel ? ` · ${ticket.statusLabel.name}` : ''}
      </Fact>
      {/* The code stays on screen behind a click, where every reveal is recorded. */}
      <Fact label={t('unlockCode')}>
        {ticket.hasUnlockCode ? t('jobSheet.unlockCodeAsk') : t('jobSheet.unlockCodeNone')}
      </Fact>
      {ticket.warrantyOf && (
        <Fact label={t('jobSheet.warrantyOf')}>
          <span className={receipt.emphasis}>{ticket.warrantyOf.number}</span>
        </Fact>
      )}
    </FactSection>
  )
}

/** The fault as the customer told it, what came with the device and how it looked. */
function RepairFacts({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('print')
  return (
    <FactSection title={t('sections.repair')} wide>
      <Fact label={t('common:ticket.fault')} long>
        <span className={receipt.emphasis}>{ticket.reportedFault}</span>
      </Fact>
      <Fact label={t('condition')} long>
        {ticket.condition !== '' ? ticket.condition : t('conditionNotNoted')}
      </Fact>
      <Fact label={t('accessories')} long>
        {ticket.accessories.length > 0 ? ticket.accessories.join(t('listSeparator')) : t('noAccessories')}
      </Fact>
    </FactSection>
  )
}

function ApprovedWork({ estimate }: { estimate: Estimate | null }) {
  const { t } = useTranslation('print')
  return (
    <PrintSection
      title={estimate ? t('jobSheet.work', { version: estimate.version }) : t('jobSheet.workTitle')}
      wide
      testId="job-sheet-work"
    >
      {estimate && estimate.lines.length > 0 ? (
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('jobSheet.line')}</th>
              <th className={classes.quantity}>{t('jobSheet.quantity')}</th>
              <th className={classes.check}>{t('jobSheet.done')}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.description}</td>
                <td className={classes.quantity}>{line.quantity}</td>
                <td className={classes.check}>☐</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('jobSheet.noApprovedWork')}</p>
      )}
    </PrintSection>
  )
}

function Parts({ parts }: { parts: TicketPart[] }) {
  const { t } = useTranslation('print')
  const current = parts.filter((part) => part.status === 'reserved' || part.status === 'used')
  return (
    <PrintSection title={t('jobSheet.parts')} wide testId="job-sheet-parts">
      {current.length > 0 ? (
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('jobSheet.part')}</th>
              <th className={classes.quantity}>{t('jobSheet.quantity')}</th>
              <th>{t('jobSheet.partStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {current.map((part) => (
              <tr key={part.id}>
                <td>
                  {part.name} <span className={classes.sku}>{part.sku}</span>
                </td>
                <td className={classes.quantity}>{part.quantity}</td>
                <td>{t(`jobSheet.partStatuses.${part.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('jobSheet.noParts')}</p>
      )}
    </PrintSection>
  )
}

/** The shop's internal notes, oldest first: what the counter and the bench have written so far. */
function InternalNotes({ events }: { events: TicketDetail['events'] }) {
  const { t } = useTranslation('print')
  const format = useFormat()
  const notes = events.filter((event) => event.kind === 'note' && event.visibility === 'internal')
  if (notes.length === 0) return null
  return (
    <PrintSection title={t('jobSheet.notes')} wide testId="job-sheet-notes">
      <ul className={classes.notes}>
        {notes.map((note) => (
          <li key={note.id}>
            <span className={classes.noteMeta}>
              {format.dateTime(note.createdAt)} {note.actorName}
            </span>{' '}
            {note.note}
          </li>
        ))}
      </ul>
    </PrintSection>
  )
}

/** Ruled lines for the technician's findings, written by hand on the bench. */
function Findings({ layout }: { layout: ReceiptLayout }) {
  const { t } = useTranslation('print')
  return (
    <PrintSection title={t('jobSheet.findings')} wide>
      {Array.from({ length: layout === 'a4' ? 6 : 5 }, (_, index) => (
        <div key={index} className={classes.ruled} />
      ))}
    </PrintSection>
  )
}

/** The technician signs the work off; whoever tested it countersigns. */
function Signatures() {
  const { t } = useTranslation('print')
  return (
    <div className={receipt.signatures}>
      {[t('jobSheet.signatures.technician'), t('jobSheet.signatures.checkedBy')].map((label) => (
        <div key={label} className={receipt.signature}>
          <div className={receipt.signatureLine}>{label}</div>
          <div className={`${receipt.signatureLine} ${receipt.signatureDate}`}>{t('signatures.date')}</div>
        </div>
      ))}
    </div>
  )
}

/**
 * The technician's job sheet: the ticket number to scan, the device and its fault, the approved
 * work and the parts set aside, the shop's internal notes, and room to write findings and sign.
 * Printed in the receipt's look (its CSS module and named pages) on an 80 mm roll or A4.
 */
export function JobSheet({ ticket, settings, estimates, parts, barcodes, layout, ref }: JobSheetProps) {
  const { i18n } = useTranslation('print')
  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${receipt.receipt} ${layout === 'a4' ? receipt.sheet : receipt.roll}`}
      data-testid="job-sheet"
      data-layout={layout}
    >
      <header className={receipt.top}>
        <Header ticket={ticket} settings={settings} />
        <ReceiptBarcodes barcodes={barcodes} />
      </header>
      <div className={receipt.facts}>
        <DeviceSection device={ticket.device} />
        <JobFacts ticket={ticket} />
        <RepairFacts ticket={ticket} />
        <ApprovedWork estimate={approvedEstimate(estimates)} />
        <Parts parts={parts} />
        <InternalNotes events={ticket.events} />
        <Findings layout={layout} />
      </div>
      <Signatures />
    </article>
  )
}
