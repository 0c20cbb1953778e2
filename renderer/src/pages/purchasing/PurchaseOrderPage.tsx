import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { DraftEditor } from './DraftEditor'
import { LinesTable } from './LinesTable'
import { OrderStatusBadge } from './OrderStatusBadge'
import { ReceivePanel } from './ReceivePanel'

function OrderHeader({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation('purchasing')
  const format = useFormat()
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" ff="monospace" data-testid="po-number">
              {order.number}
            </Title>
            <OrderStatusBadge status={order.status} />
          </Group>
          <Text size="sm">
            {t('header.supplier')}{' '}
            <Anchor component={Link} to={`/suppliers/${order.supplierId}`} data-testid="po-supplier-link">
              {order.supplierName}
            </Anchor>
          </Text>
          {order.note && <Text size="sm">{order.note}</Text>}
        </Stack>
        <Stack gap={2} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('header.created', { at: format.dateTime(order.createdAt) })}
          </Text>
          {order.orderedAt && (
            <Text size="xs" c="dimmed">
              {t('header.ordered', { at: format.dateTime(order.orderedAt) })}
            </Text>
          )}
          {order.closedAt && (
            <Text size="xs" c="dimmed">
              {t('header.closed', { at: format.dateTime(order.closedAt) })}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  )
}

/** Order, cancel and print, as the order's status allows. */
function OrderActions({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation('purchasing')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const place = useApiMutation('purchaseOrders.order')
  const cancel = useApiMutation('purchaseOrders.cancel')
  const [failure, setFailure] = useState<string | null>(null)
  const nothingReceived = order.lines.every((line) => line.quantityReceived === 0)
  const canCancel = order.status === 'draft' || (order.status === 'ordered' && nothingReceived)
  const onError = (error: unknown) => setFailure(errorText(error))
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        {canCancel && (
          <Button
            variant="default"
            color="red"
            loading={cancel.isPending}
            onClick={() => {
              if (window.confirm(t('actions.cancelConfirm'))) cancel.mutate({ id: order.id }, { onError })
            }}
            data-testid="po-cancel"
          >
            {t('actions.cancel')}
          </Button>
        )}
        <Button
          variant="default"
          onClick={() => void navigate(`/print/purchase-order/${order.id}?autoprint=1`)}
          data-testid="po-print"
        >
          {t('actions.print')}
        </Button>
        {order.status === 'draft' && (
          <Button
            loading={place.isPending}
            onClick={() => place.mutate({ id: order.id }, { onError })}
            data-testid="po-order"
          >
            {t('actions.order')}
          </Button>
        )}
      </Group>
      {failure && (
        <Alert color="red" variant="light" data-testid="po-action-error">
          {failure}
        </Alert>
      )}
    </Stack>
  )
}

function ExistingOrder({ id }: { id: string }) {
  const order = useApi('purchaseOrders.get', { id })
  if (order.isError) return <LoadFailed error={order.error} onRetry={() => void order.refetch()} />
  if (order.isPending) return <PageLoader />
  const data = order.data
  const receiving = data.status === 'ordered' || data.status === 'partly_received'
  return (
    <>
      <OrderHeader order={data} />
      <OrderActions order={data} />
      {data.status === 'draft' ? <DraftEditor key={data.id} order={data} /> : <LinesTable order={data} />}
      {receiving && <ReceivePanel key={data.id} order={data} />}
    </>
  )
}

/** `/purchase-orders/:id`, or `/purchase-orders/new` for an order not yet saved. */
export function PurchaseOrderPage() {
  const { t } = useTranslation('purchasing')
  const { id = 'new' } = useParams()
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/purchase-orders" size="sm">
        {t('back')}
      </Anchor>
      {id === 'new' ? (
        <>
          <Title order={1} size="h2">
            {t('draft.newTitle')}
          </Title>
          <DraftEditor order={null} />
        </>
      ) : (
        <ExistingOrder id={id} />
      )}
    </Stack>
  )
}
