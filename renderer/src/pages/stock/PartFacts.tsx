import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Part } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </Stack>
  )
}

/** How many are on hand and what they are worth, then where the part lives and who supplies it. */
export function PartFacts({ part, currency }: { part: Part; currency: Currency }) {
  const { t } = useTranslation('stock')
  const format = useFormat()
  const none = (
    <Text size="sm" c="dimmed">
      {t('common:none')}
    </Text>
  )
  const text = (value: string) => (value ? <Text size="sm">{value}</Text> : none)
  const low = part.belowReorder || part.onHand < 0

  return (
    <Card withBorder data-testid="part-facts">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" mb="md">
        <Fact label={t('part.onHand')}>
          <Group gap="xs" align="baseline" wrap="nowrap">
            <Text fz={36} fw={700} lh={1.1} c={low ? 'red' : undefined} data-testid="part-on-hand">
              {formatCount(part.onHand)}
            </Text>
            {part.unit && (
              <Text size="sm" c="dimmed">
                {part.unit}
              </Text>
            )}
            {part.belowReorder && (
              <Badge color="red" variant="light" data-testid="part-reorder-badge">
                {t('part.reorder')}
              </Badge>
            )}
          </Group>
          {part.reserved !== 0 && (
            <Text size="sm" c={part.available <= 0 ? 'red' : 'dimmed'} data-testid="part-reserved">
              {t('part.reservedAvailable', {
                reserved: formatCount(part.reserved),
                available: formatCount(part.available),
              })}
            </Text>
          )}
        </Fact>
        <Fact label={t('part.averageCost')}>
          <Text size="lg" fw={600} data-testid="part-average-cost">
            {format.money(part.averageCostMinor, currency)}
          </Text>
        </Fact>
        <Fact label={t('part.value')}>
          <Text size="lg" fw={600} data-testid="part-value">
            {format.money(part.valueMinor, currency)}
          </Text>
        </Fact>
        <Fact label={t('part.price')}>
          <Text size="lg" fw={600} data-testid="part-price">
            {format.money(part.priceMinor, currency)}
          </Text>
        </Fact>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Fact label={t('part.reorderPoint')}>
          <Text size="sm">
            {part.reorderPoint === 0
              ? t('detail.noReorderPoint')
              : part.reorderQuantity > 0
                ? t('detail.reorderRule', { point: part.reorderPoint, quantity: part.reorderQuantity })
                : t('detail.reorderAt', { point: part.reorderPoint })}
          </Text>
        </Fact>
        <Fact label={t('part.bin')}>
          {part.bin ? (
            <Text size="sm" ff="monospace">
              {part.bin}
            </Text>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('part.defaultSupplier')}>
          {part.defaultSupplierId ? (
            <Anchor
              component={Link}
              to={`/suppliers/${part.defaultSupplierId}`}
              size="sm"
              data-testid="part-supplier"
            >
              {part.defaultSupplierName}
            </Anchor>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('part.barcodes')}>
          {part.barcodes.length > 0
            ? part.barcodes.map((barcode) => (
                <Text key={barcode} size="sm" ff="monospace" data-testid="part-barcode">
                  {barcode}
                </Text>
              ))
            : none}
        </Fact>
        <Fact label={t('part.category')}>{text(part.category)}</Fact>
        <Fact label={t('part.brand')}>{text(part.brand)}</Fact>
        <Fact label={t('part.compatibleModels')}>{text(part.compatibleModels)}</Fact>
        <Fact label={t('detail.since')}>
          <Text size="sm">{format.date(part.createdAt)}</Text>
        </Fact>
      </SimpleGrid>
    </Card>
  )
}
