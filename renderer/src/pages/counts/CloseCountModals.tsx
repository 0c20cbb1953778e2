import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StockCount } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { postingSummary } from './countFigures'

interface CloseProps {
  count: StockCount
  opened: boolean
  onClose: () => void
}

/** Says what posting will change before it does: how many corrections, of what value, what stays. */
export function PostCountModal({ count, currency, opened, onClose }: CloseProps & { currency: Currency }) {
  const { t } = useTranslation('counts')
  const format = useFormat()
  const errorText = useErrorText()
  const post = useApiMutation('stockCounts.post')
  const [failure, setFailure] = useState<string | null>(null)
  const summary = postingSummary(count)
  const close = () => {
    setFailure(null)
    onClose()
  }
  const confirm = () => {
    setFailure(null)
    post.mutate({ id: count.id }, { onSuccess: close, onError: (error) => setFailure(errorText(error)) })
  }
  return (
    <Modal opened={opened} onClose={close} title={t('post.title', { number: count.number })}>
      <Stack gap="sm" data-testid="count-post-summary">
        <List size="sm" spacing={4}>
          <List.Item data-testid="count-post-corrections">
            {t('post.corrections', {
              lines: summary.corrections,
              unitsIn: summary.unitsIn,
              unitsOut: summary.unitsOut,
            })}
          </List.Item>
          <List.Item data-testid="count-post-value">
            {t('post.value', { value: format.money(summary.valueMinor, currency) })}
          </List.Item>
          {summary.uncounted > 0 && (
            <List.Item data-testid="count-post-uncounted">
              {t('post.uncounted', { lines: summary.uncounted })}
            </List.Item>
          )}
        </List>
        <Text size="sm" c="dimmed">
          {t('post.final')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" data-testid="count-post-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={confirm} loading={post.isPending} data-testid="count-post-confirm">
            {t('post.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** Cancelling keeps the count for the record and moves no stock. */
export function CancelCountModal({ count, opened, onClose }: CloseProps) {
  const { t } = useTranslation('counts')
  const errorText = useErrorText()
  const cancel = useApiMutation('stockCounts.cancel')
  const [failure, setFailure] = useState<string | null>(null)
  const confirm = () => {
    setFailure(null)
    cancel.mutate({ id: count.id }, { onSuccess: onClose, onError: (error) => setFailure(errorText(error)) })
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t('cancel.title', { number: count.number })}>
      <Stack gap="sm">
        <Text size="sm">{t('cancel.body')}</Text>
        {failure && (
          <Alert color="red" variant="light">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel.keep')}
          </Button>
          <Button color="red" onClick={confirm} loading={cancel.isPending} data-testid="count-cancel-confirm">
            {t('cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
