import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useShopLanguage } from '../../components/useShopLanguage'
import { A4PrintFrame } from './A4PrintFrame'
import { StatementSheet } from './StatementSheet'

/** Only a path inside the app: `back` comes from the address, so anything else goes to the customer. */
function backPath(back: string | null, customerId: string): string {
  return back && /^\/[\w/-]*$/.test(back) ? back : `/customers/${customerId}`
}

/**
 * `#/print/statement/:customerId[?from=…&to=…][&back=/money-owed]`: a customer's statement of account
 * on A4, the whole history or a period (UTC instants, as the contract takes them).
 */
export function StatementPrint() {
  const { t } = useTranslation('sales')
  const { customerId = '' } = useParams()
  const [search] = useSearchParams()
  const from = search.get('from')
  const to = search.get('to')
  const statement = usePrintApi('customers.statement', { customerId, from, to }, { retry: false })
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const name = statement.data?.customer.name
  return (
    <A4PrintFrame
      backTo={backPath(search.get('back'), customerId)}
      documentTitle={name ? t('statement.documentTitle', { name }) : null}
      drawn={Boolean(statement.data && settings.data && localeReady)}
      error={statement.error ?? settings.error}
      errorTitle={t('statement.problem')}
    >
      {(ref) =>
        statement.data &&
        settings.data && <StatementSheet ref={ref} statement={statement.data} settings={settings.data} />
      }
    </A4PrintFrame>
  )
}
