import { Alert, Loader, VisuallyHidden } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useQueries } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { call } from '../../api/client'
import { printableText } from '../../../../shared/domain/printText'
import { usePrintApi } from '../shared/usePrintApi'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { useShopLanguage } from '../../components/useShopLanguage'
import { expandCopies, labelCode, labelSearch, parseLabelOptions, type LabelSize } from './labelSheet'
import { LabelsToolbar } from './LabelsToolbar'
import { drawBarcode, type LabelContent } from './PartLabel'
import { PartLabels } from './PartLabels'
import { useLabelsReady } from './useLabelsReady'
import classes from './labels.module.css'

/** Every requested part, fetched once each however often it is asked for. */
function useParts(ids: string[]) {
  return useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: ['parts.get', { id }],
      queryFn: () => call('parts.get', { id }),
    })),
    combine: (results) => ({
      parts: new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data]] : []))),
      pending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  })
}

/**
 * `#/print/labels?parts=<id>:<copies>,…&size=40x30|50x25|60x40|a4&start=1`: barcode labels for parts.
 * In a browser it shows a toolbar that does not print; `autoprint=1` opens the print dialog once the
 * labels are drawn; `native=1` hides the toolbar for the desktop app, which prints when
 * `document.body.dataset.ready` is '1'.
 */
export function LabelsPrint() {
  const { t } = useTranslation('labels')
  const errorText = useErrorText()
  const format = useFormat()
  const [search, setSearch] = useSearchParams()
  const options = parseLabelOptions(search)

  const requested = useParts(options.parts.map((request) => request.partId))
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const error = requested.error ?? settings.error
  const nothingAsked = options.parts.length === 0

  const currency = settings.data?.currency
  // Each part's barcode is drawn once, however many copies print.
  const contents = new Map<string, LabelContent>()
  if (currency) {
    for (const part of requested.parts.values()) {
      const code = labelCode(part)
      contents.set(part.id, {
        partId: part.id,
        name: printableText(part.name),
        code,
        price: part.priceMinor > 0 ? format.money(part.priceMinor, currency) : null,
        barcode: drawBarcode(code),
      })
    }
  }

  const labels = expandCopies(
    options.parts.flatMap((request) => {
      const item = contents.get(request.partId)
      return item ? [{ item, copies: request.copies }] : []
    }),
  )
  const drawn = !requested.pending && !error && !nothingAsked && Boolean(settings.data) && localeReady
  const paper = useRef<HTMLDivElement>(null)
  const drawnKey = drawn ? search.toString() : null
  const ready = useLabelsReady(paper, {
    drawnKey,
    failed: error !== null || nothingAsked,
    autoPrint: options.autoPrint,
  })

  useDocumentTitle(drawn ? t('documentTitle', { count: labels.length }) : null)

  const single = options.parts.length === 1 ? options.parts[0]?.partId : undefined
  const back = single ? `/stock/${single}` : '/stock'
  // Escape returns to the part, as the toolbar's back link does: the counter stays on the keyboard.
  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(back)]], [], !options.native)

  const copies = options.parts.every((request) => request.copies === options.parts[0]?.copies)
    ? (options.parts[0]?.copies ?? 1)
    : null
  const change = (next: { size?: LabelSize; copies?: number; start?: number }) => {
    const parts =
      next.copies === undefined
        ? options.parts
        : options.parts.map((request) => ({ ...request, copies: next.copies ?? request.copies }))
    const query = labelSearch({
      parts,
      size: next.size ?? options.size,
      start: next.start ?? options.start,
      native: options.native,
    })
    setSearch(new URLSearchParams(query), { replace: true })
  }

  return (
    <div className={classes.desk}>
      {/* The sheet's name for a screen reader: the labels themselves carry no heading. */}
      {drawn && (
        <VisuallyHidden component="h1">{t('documentTitle', { count: labels.length })}</VisuallyHidden>
      )}
      {!options.native && (
        <LabelsToolbar
          back={back}
          size={options.size}
          copies={copies}
          start={options.start}
          onChange={change}
          ready={ready}
        />
      )}
      {error || nothingAsked ? (
        <Alert className={classes.notice} color="red" title={t('problem')} data-testid="labels-error">
          {error ? errorText(error) : t('nothingAsked')}
        </Alert>
      ) : drawn ? (
        <PartLabels ref={paper} labels={labels} size={options.size} start={options.start} />
      ) : (
        <Loader aria-label={t('loading')} />
      )}
    </div>
  )
}

/** A browser names a saved PDF after the page title. */
function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (!title) return
    const previous = document.title
    document.title = title
    return () => {
      document.title = previous
    }
  }, [title])
}
