import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import type { IntakeValues } from './intakeForm'

/**
 * Warranties still running for the chosen device: our repair warranty is offered as a warranty
 * repair (charged nothing, linked to the earlier ticket); the manufacturer's is shown for the clerk
 * to send the customer there if it covers the fault.
 */
export function WarrantyOffer({
  form,
  deviceId,
}: {
  form: UseFormReturnType<IntakeValues>
  deviceId: string
}) {
  const { t } = useTranslation('intake')
  const format = useFormat()
  const check = useApi('tickets.warrantyCheck', { deviceId })
  const chosenId = form.getValues().warrantyOfTicketId
  const repair = check.data?.repairWarranties[0]
  const manufacturerEnd = check.data?.manufacturerWarrantyEnd ?? null
  if (!repair && !manufacturerEnd) return null

  return (
    <Stack gap="xs">
      {repair && (
        <Alert
          color={chosenId === repair.ticketId ? 'teal' : 'grape'}
          variant={chosenId === repair.ticketId ? 'light' : 'filled'}
          title={chosenId === repair.ticketId ? t('warranty.takenTitle') : t('warranty.offerTitle')}
          data-testid="intake-warranty-offer"
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('warranty.offer', { number: repair.number, date: format.date(repair.warrantyEnd) })}
            </Text>
            {repair.work.length > 0 && (
              <Text size="sm">{t('warranty.work', { work: repair.work.join('、') })}</Text>
            )}
            <Group gap="xs">
              {chosenId === repair.ticketId ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => form.setFieldValue('warrantyOfTicketId', null)}
                  data-testid="intake-warranty-undo"
                >
                  {t('warranty.undo')}
                </Button>
              ) : (
                <Button
                  size="xs"
                  color="grape"
                  variant="white"
                  onClick={() => form.setFieldValue('warrantyOfTicketId', repair.ticketId)}
                  data-testid="intake-warranty-accept"
                >
                  {t('warranty.accept')}
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      {manufacturerEnd && (
        <Alert color="blue" variant="light" data-testid="intake-manufacturer-warranty">
          {t('warranty.manufacturer', { date: format.date(manufacturerEnd) })}
        </Alert>
      )}
    </Stack>
  )
}
