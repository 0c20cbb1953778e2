import { Anchor, Group, Select, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TicketDetail } from '../../../../shared/contract'
import { isClosed } from '../../../../shared/domain/status'
import { ApiError } from '../../api/client'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useStaffOptions } from '../workshop/staffOptions'

/**
 * Who works on the ticket: a Select of the active staff, technicians first; clearing it takes the
 * technician off. When someone else changed the ticket meanwhile, the ticket is read again and the
 * clerk is told, so they choose again on what is there now.
 */
export function AssignTechnician({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('workshop')
  const errorText = useErrorText()
  const staff = useStaffOptions()
  const assign = useApiMutation('tickets.assign')
  const latest = useApi('tickets.get', { id: ticket.id }, { enabled: false })
  const [message, setMessage] = useState<string | null>(null)
  const current = ticket.assignedTo

  if (isClosed(ticket.status)) {
    return current ? (
      <Text size="sm" data-testid="ticket-technician">
        {t('assign.was', { name: current.name })}
      </Text>
    ) : null
  }
  // A technician who has since left still shows on the ticket until someone else is chosen.
  const data =
    current && !staff.byId.has(current.id)
      ? [
          ...staff.groups,
          { group: t('staffGroups.former'), items: [{ value: current.id, label: current.name }] },
        ]
      : staff.groups
  const choose = (staffId: string | null) => {
    if (staffId === (current?.id ?? null)) return
    setMessage(null)
    assign.mutate(
      { id: ticket.id, version: ticket.version, staffId, note: '' },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'CONFLICT') {
            setMessage(t('assign.conflict'))
            void latest.refetch()
          } else setMessage(errorText(error))
        },
      },
    )
  }
  return (
    <Group gap="xs" align="flex-start">
      <Select
        size="xs"
        w={200}
        aria-label={t('assign.label')}
        placeholder={t('assign.placeholder')}
        leftSection={<Text size="xs">{t('assign.short')}</Text>}
        leftSectionWidth={44}
        data={data}
        value={current?.id ?? null}
        onChange={choose}
        clearable
        searchable
        disabled={assign.isPending}
        error={message ?? undefined}
        data-testid="ticket-technician"
      />
      {current && (
        <Anchor
          component={Link}
          to={`/workshop/queue/${current.id}`}
          size="xs"
          mt={6}
          data-testid="technician-queue"
        >
          {t('assign.queue', { name: current.name })}
        </Anchor>
      )}
    </Group>
  )
}
