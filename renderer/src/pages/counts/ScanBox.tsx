import { Alert, Card, Group, Stack, Text, TextInput } from '@mantine/core'
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StockCount } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useScanTarget } from '../../components/keys/KeysContext'
import { formatCount } from '../../components/quantity'

type CountLine = StockCount['lines'][number]

/**
 * Where a scanner types: each code and Enter counts one more of that part. The last part scanned
 * stays large on screen with its running count, so the counter sees each scan land without looking
 * for the row. The box keeps the focus whatever happens, so the next scan is never lost.
 */
export function ScanBox({ countId }: { countId: string }) {
  const { t } = useTranslation('counts')
  const errorText = useErrorText()
  const record = useApiMutation('stockCounts.record')
  const [code, setCode] = useState('')
  const [last, setLast] = useState<CountLine | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)

  // Scans arrive faster than answers, and an answer waits for the page to refresh: only the
  // latest scan's answer may replace the part shown, or an older one would show a stale count.
  const latest = useRef(0)

  const scan = async (scanned: string) => {
    const mine = ++latest.current
    setCode('')
    setFailure(null)
    try {
      const line = await record.mutateAsync({
        countId,
        partId: null,
        code: scanned,
        quantity: 1,
        mode: 'add',
      })
      if (mine === latest.current) setLast(line)
    } catch (error) {
      // A refused scan is always said, even when later scans went through.
      setFailure(errorText(error))
      if (mine === latest.current) setLast(null)
    } finally {
      input.current?.focus()
    }
  }
  // A scan made while the focus is elsewhere on the count (not in a text box) counts too.
  useScanTarget((scanned) => void scan(scanned))
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    const scanned = code.trim()
    if (scanned !== '') void scan(scanned)
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <TextInput
          ref={input}
          size="lg"
          autoFocus
          autoComplete="off"
          label={t('scan.label')}
          placeholder={t('scan.placeholder')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          onKeyDown={onKey}
          data-testid="count-scan"
        />
        {failure && (
          <Alert color="red" variant="filled" data-testid="count-scan-error">
            {failure}
          </Alert>
        )}
        {last && (
          <Group justify="space-between" wrap="nowrap" data-testid="count-last-scanned" data-sku={last.sku}>
            <Stack gap={0}>
              <Text fw={600} size="lg">
                {last.name}
              </Text>
              <Text size="sm" c="dimmed" ff="monospace">
                {last.bin ? `${last.sku} · ${last.bin}` : last.sku}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed">
                {t('scan.countedSoFar')}
              </Text>
              <Text fz={40} fw={700} lh={1} data-testid="count-last-counted">
                {formatCount(last.counted ?? 0)}
              </Text>
            </Stack>
          </Group>
        )}
      </Stack>
    </Card>
  )
}
