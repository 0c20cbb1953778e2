import { Badge, Group, Kbd, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { classifyQuery } from '../../../../shared/domain/search'
import { call } from '../../api/client'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { StatusBadge } from '../../components/StatusBadge'
import classes from './CounterSearch.module.css'

/**
 * One box for everything: a barcode scanner types the ticket number and presses Enter, which opens
 * the ticket; a clerk types a phone (start or last digits), a name, pinyin initials or an IMEI.
 */
export function CounterSearch() {
  const { t } = useTranslation('counter')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query.trim(), 120)
  const results = useApi('search.counter', { query: debounced }, { enabled: debounced !== '' })
  const data = debounced === '' ? undefined : results.data

  async function openFirst() {
    const text = query.trim()
    if (text === '') return
    if (classifyQuery(text) === 'ticket') {
      try {
        const ticket = await call('tickets.findByNumber', { number: text })
        void navigate(`/tickets/${ticket.id}`)
      } catch (error) {
        notifications.show({ color: 'red', message: errorText(error) })
      }
      return
    }
    const fresh = await call('search.counter', { query: text })
    const [ticket] = fresh.tickets
    const [customer] = fresh.customers
    if (fresh.tickets.length === 1 && ticket) void navigate(`/tickets/${ticket.id}`)
    else if (fresh.customers.length === 1 && customer) void navigate(`/customers/${customer.id}`)
    else if (fresh.tickets.length === 0 && fresh.customers.length === 0) {
      notifications.show({ color: 'yellow', message: t('search.nothing', { query: text }) })
    }
  }

  const nothing =
    data && data.tickets.length === 0 && data.customers.length === 0 && data.devices.length === 0
  return (
    <Stack gap="xs">
      <TextInput
        size="lg"
        autoFocus
        data-testid="counter-search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void openFirst()
          if (event.key === 'Escape') setQuery('')
        }}
        rightSection={<Kbd>{t('search.enterKey')}</Kbd>}
        rightSectionWidth={70}
      />
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
