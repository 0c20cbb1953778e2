import type { ReactNode } from 'react'
import classes from '../receipt.module.css'

/**
 * A printed document's labelled facts, in the receipt's look (receipt.module.css): a section with a
 * heading and label/value lines. `long` text takes a whole row of a wide section on A4.
 */
export function Fact({
  label,
  long = false,
  children,
}: {
  label: string
  long?: boolean
  children: ReactNode
}) {
  return (
    <div className={long ? `${classes.fact} ${classes.long}` : classes.fact}>
      <dt className={classes.label}>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** A section of facts; `wide` spans both columns of the A4 layout. */
export function FactSection({
  title,
  wide = false,
  children,
  testId,
}: {
  title: string
  wide?: boolean
  children: ReactNode
  testId?: string
}) {
  return (
    <section className={wide ? `${classes.section} ${classes.wide}` : classes.section} data-testid={testId}>
      <h2 className={classes.heading}>{title}</h2>
      <dl className={classes.list}>{children}</dl>
    </section>
  )
}

/** A section whose content is not label/value lines (a table, ruled lines for handwriting). */
export function PrintSection({
  title,
  wide = false,
  children,
  testId,
}: {
  title: string
  wide?: boolean
  children: ReactNode
  testId?: string
}) {
  return (
    <section className={wide ? `${classes.section} ${classes.wide}` : classes.section} data-testid={testId}>
      <h2 className={classes.heading}>{title}</h2>
      {children}
    </section>
  )
}
