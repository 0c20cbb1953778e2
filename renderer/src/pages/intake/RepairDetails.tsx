import {
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import type { UseFormReturnType } from '@mantine/form'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { tenderTypes, intakeInputSchema } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { ticketPriorities } from '../../../../shared/domain/status'
import { useApi } from '../../api/hooks'
import type { IntakeValues } from './intakeForm'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

const accessoryKeys = ['charger', 'cable', 'case', 'simCard', 'memoryCard', 'box', 'remote', 'strap'] as const

/** What is wrong, what was left with the device, what it will cost and when it will be ready. */
export function RepairDetails({
  form,
  currency,
}: {
  form: UseFormReturnType<IntakeValues>
  currency: Currency
}) {
  const { t } = useTranslation('intake')
  const staff = useApi('staff.list', {})
  const technicians = (staff.data ?? []).filter((member) => member.role !== 'counter')
  const promise = (days: number, hour: number) =>
    form.setFieldValue(
      'promisedAt',
      dayjs().add(days, 'day').hour(hour).minute(0).second(0).format('YYYY-MM-DD HH:mm:ss'),
    )

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('repair.title')}</Text>
      <CountedTextarea
        max={textLimit(intakeInputSchema.shape.reportedFault)}
        label={t('repair.fault')}
        withAsterisk
        autosize
        minRows={2}
        data-testid="intake-fault"
        {...form.getInputProps('reportedFault')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput
          label={t('repair.accessories')}
          description={t('repair.accessoriesHint')}
          data={accessoryKeys.map((key) => t(`repair.accessory.${key}`))}
          clearable
          data-testid="intake-accessories"
          {...form.getInputProps('accessories')}
        />
        <TextInput
          label={t('repair.condition')}
          data-testid="intake-condition"
          {...form.getInputProps('condition')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <PasswordInput
          label={t('repair.unlockCode')}
          description={t('repair.unlockCodeHint')}
          visibilityToggleButtonProps={{ 'aria-label': t('repair.unlockCodeToggle') }}
          autoComplete="off"
          data-testid="intake-unlock-code"
          {...form.getInputProps('unlockCode')}
        />
        <TextInput
          label={t('repair.estimate', { currency })}
          inputMode="decimal"
          data-testid="intake-estimate"
          {...form.getInputProps('estimate')}
        />
        <Stack gap={4}>
          <TextInput
            label={t('repair.deposit', { currency })}
            inputMode="decimal"
            data-testid="intake-deposit"
            {...form.getInputProps('deposit')}
          />
          <SegmentedControl
            size="xs"
            data={tenderTypes.map((tender) => ({ value: tender, label: t(`common:tender.${tender}`) }))}
            {...form.getInputProps('depositTender')}
          />
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={4}>
          <DateTimePicker
            label={t('repair.promisedAt')}
            valueFormat="YYYY-MM-DD HH:mm"
            clearable
            minDate={dayjs().format('YYYY-MM-DD')}
            data-testid="intake-promised"
            {...form.getInputProps('promisedAt')}
          />
          <Group gap={6}>
            <Button size="compact-xs" variant="light" onClick={() => promise(0, 18)}>
              {t('repair.todayEvening')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => promise(1, 18)}>
              {t('repair.tomorrow')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => promise(3, 18)}>
              {t('repair.inThreeDays')}
            </Button>
          </Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('repair.priority')}
          </Text>
          <SegmentedControl
            data={ticketPriorities.map((priority) => ({
              value: priority,
              label: t(`common:priority.${priority}`),
            }))}
            {...form.getInputProps('priority')}
          />
        </Stack>
      </SimpleGrid>
      {technicians.length > 0 && (
        <Select
          label={t('repair.technician')}
          placeholder={t('repair.technicianNone')}
          data={technicians.map((member) => ({ value: member.id, label: `${member.name} · ${member.code}` }))}
          clearable
          searchable
          maw={320}
          data-testid="intake-technician"
          {...form.getInputProps('assignedTo')}
        />
      )}
    </Stack>
  )
}
