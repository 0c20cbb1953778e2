import { Table, Text } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerSummary } from '../../../../shared/contract'

/** Moves focus to the row above or below, so the list is worked with the arrow keys. */
function moveFocus(event: KeyboardEvent<HTMLTableRowElement>): void {
  const target =
    event.key === 'ArrowDown'
      ? event.currentTarget.nextElementSibling
      : event.currentTarget.previousElementSibling
  if (target instanceof HTMLElement) {
    event.preventDefault()
    target.focus()
  }
}

/** Customers by name and phones; click a row, or Enter on it, to open the customer. */
export function CustomerTable({
  customers,
  onOpen,
}: {
  customers: CustomerSummary[]
  onOpen: (customer: CustomerSummary) => void
}) {
  const { t } = useTranslation('customers')
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="customer-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('common:customer.name')}</Table.Th>
          <Table.Th>{t('common:customer.phones')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {customers.map((customer) => (
          <Table.Tr
            key={customer.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            data-testid="customer-row"
            data-customer-id={customer.id}
            onClick={() => onOpen(customer)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onOpen(customer)
              else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveFocus(event)
            }}
          >
            <Table.Td>
              <Text size="sm" fw={500}>
                {customer.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {customer.phones.join(' · ')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
