import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { AdjustStockModal } from './AdjustStockModal'
import { MovementLedger } from './MovementLedger'
import { PartOpenOrders } from './PartOpenOrders'
import { PartFacts } from './PartFacts'
import { PartForm } from './PartForm'
import { PrintLabelsButton } from './PrintLabelsModal'
import { ReceiveStockModal } from './ReceiveStockModal'
import { formatCount } from '../../components/quantity'
import { useCurrency } from './useStock'

type Dialog = 'edit' | 'receive' | 'adjust' | null

/** One part: how many are on hand and what they are worth, and every movement of its stock. */
export function PartPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('stock')
  const currency = useCurrency()
  const [dialog, setDialog] = useState<Dialog>(null)
  const result = useApi('parts.get', { id })
  const close = () => setDialog(null)

  const back = (
    <Anchor component={Link} to="/stock" size="sm" data-testid="back-to-parts">
      {t('detail.back')}
    </Anchor>
  )
  if (result.isPending) return <PageLoader />
  if (result.isError) {
    return (
      <Stack gap="md" maw={1300}>
        {back}
        <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
      </Stack>
    )
  }

  const part = result.data
  return (
    <Stack gap="md" maw={1300}>
      {back}
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="part-name">
              {part.name}
            </Title>
            {!part.active && (
              <Badge color="gray" variant="light" data-testid="part-archived">
                {t('part.archived')}
              </Badge>
            )}
            {part.serialized && (
              <Badge color="blue" variant="light">
                {t('part.serialized')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" ff="monospace" data-testid="part-sku">
            {part.sku}
          </Text>
        </Stack>
        <Group gap="sm">
          <PrintLabelsButton part={part} />
          <Button variant="default" onClick={() => setDialog('edit')} data-testid="edit-part">
            {t('common:actions.edit')}
          </Button>
          <Button variant="light" onClick={() => setDialog('adjust')} data-testid="adjust-stock">
            {t('adjust.open')}
          </Button>
          <Button onClick={() => setDialog('receive')} data-testid="receive-stock">
            {t('receive.open')}
          </Button>
        </Group>
      </Group>
      {part.onHand < 0 && (
        <Alert color="orange" variant="filled" data-testid="part-negative-warning">
          {t('detail.negativeWarning', { onHand: formatCount(part.onHand) })}
        </Alert>
      )}
      <PartFacts part={part} currency={currency} />
      <PartOpenOrders partId={part.id} />
      <MovementLedger partId={part.id} currency={currency} />
      <Modal opened={dialog === 'edit'} onClose={close} title={t('form.editTitle')} size="xl">
        <PartForm
          part={part}
          onSaved={() => {
            close()
            notifications.show({ color: 'teal', message: t('form.saved') })
          }}
          onCancel={close}
        />
      </Modal>
      <ReceiveStockModal part={part} currency={currency} opened={dialog === 'receive'} onClose={close} />
      <AdjustStockModal part={part} opened={dialog === 'adjust'} onClose={close} />
    </Stack>
  )
}
