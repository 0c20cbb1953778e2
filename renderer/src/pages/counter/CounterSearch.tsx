import { Alert, Badge, Group, Kbd, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { classifyQuery } from '../../../../shared/domain/search'
import { ApiError, call } from '../../api/client'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useScanTarget } from '../../components/keys/KeysContext'
import { StatusBadge } from '../../components/StatusBadge'
import classes from './CounterSearch.module.css'

/**
 * One box for everything: a barcode scanner types the ticket number and presses Enter, which opens
 * the ticket; a clerk types a phone (start or last digits), a name, pinyin initials or an IMEI.
 * After Enter the box is ready for the next scan: a code that found nothing is named below the
 * box and the box emptied, so one bad scan never spoils the next.
 */
export function CounterSearch() {
  const { t } = useTranslation('counter')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [missed, setMissed] = useState<string | null>(null)
  const [debounced] = useDebouncedValue(query.trim(), 120)
  const results = useApi('search.counter', { query: debounced }, { enabled: debounced !== '' })
  const data = debounced === '' ? undefined : results.data

  function foundNothing(text: string) {
    setMissed(text)
    setQuery('')
    input.current?.focus()
  }

  async function openFirst(typed: string) {
    const text = typed.trim()
    if (text === '') return
    if (classifyQuery(text) === 'ticket') {
      try {
        const ticket = await call('tickets.findByNumber', { number: text })
        void navigate(`/tickets/${ticket.id}`)
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') foundNothing(text)
        else {
          notifications.show({ color: 'red', message: errorText(error) })
          input.current?.select()
        }
      }
      return
    }
    const fresh = await call('search.counter', { query: text })
    const [ticket] = fresh.tickets
    const [customer] = fresh.customers
    if (fresh.tickets.length === 1 && ticket) void navigate(`/tickets/${ticket.id}`)
    else if (fresh.customers.length === 1 && customer) void navigate(`/customers/${customer.id}`)
    else if (fresh.tickets.length === 0 && fresh.customers.length === 0 && fresh.devices.length === 0)
      foundNothing(text)
    else {
      // Several matches stay listed to pick from; selected, the text gives way to the next scan.
      setMissed(null)
      setQuery(text)
      input.current?.focus()
      input.current?.select()
    }
  }

  // A scan made elsewhere in the app, with the focus outside any text box, lands here.
  useScanTarget((code) => void openFirst(code))

  const nothing =
    data && data.tickets.length === 0 && data.customers.length === 0 && data.devices.length === 0
  return (
    <Stack gap="xs">
      <TextInput
        ref={input}
        size="lg"
        autoFocus
        data-testid="counter-search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value)
          setMissed(null)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void openFirst(query)
          if (event.key === 'Escape') setQuery('')
        }}
        rightSection={<Kbd>{t('search.enterKey')}</Kbd>}
        rightSectionWidth={70}
      />
      {missed !== null && (
        <Alert color="yellow" variant="light" py="xs" data-testid="counter-search-missed">
          {t('keys:scan.notFound', { code: missed })}
        </Alert>
      )}
      {nothing && <Text c="dimmed">{t('search.nothing', { query: debounced })}</Text>}
      {data && !nothing && (
        <Paper withBorder p="xs" data-testid="counter-results">
          <Stack gap={4}>
            {data.tickets.map((ticket) => (
              <UnstyledButton
                key={ticket.id}
                className={classes.result}
                onClick={() => void navigate(`/tickets/${ticket.id}`)}
                data-testid="result-ticket"
              >
                <Group gap="sm" wrap="nowrap">
                  <Text ff="monospace" fw={600}>
                    {ticket.number}
                  </Text>
                  <StatusBadge status={ticket.status} />
                  <Text size="sm">{ticket.customerName}</Text>
                  <Text size="sm" c="dimmed">
                    {ticket.deviceLabel} · {ticket.reportedFault}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
            {data.customers.map((customer) => (
              <UnstyledButton
                key={customer.id}
                className={classes.result}
                onClick={() => void navigate(`/customers/${customer.id}`)}
                data-testid="result-customer"
              >
                <Group gap="sm">
                  <Badge variant="outline">{t('search.customer')}</Badge>
                  <Text fw={600}>{customer.name}</Text>
                  <Text size="sm" c="dimmed">
                    {customer.phones.join(' / ')}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
            {data.devices.map((device) => (
              <UnstyledButton
                key={device.id}
                className={classes.result}
                onClick={() => void navigate(`/customers/${device.customerId}`)}
                data-testid="result-device"
              >
                <Group gap="sm">
                  <Badge variant="outline" color="gray">
                    {t('search.device')}
                  </Badge>
                  <Text>
                    {device.brand} {device.model}
                  </Text>
                  <Text size="sm" ff="monospace">
                    {device.serial}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {device.customerName}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
