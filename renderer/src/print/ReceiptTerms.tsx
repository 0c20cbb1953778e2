import { useTranslation } from 'react-i18next'
import { termsParagraphs } from './receiptLines'
import classes from './receipt.module.css'

/** The shop's terms of service as the owner typed them in settings, line breaks kept. */
export function ReceiptTerms({ text }: { text: string }) {
  const { t } = useTranslation('print')
  const paragraphs = termsParagraphs(text)
  if (paragraphs.length === 0) return null
  return (
    <section className={`${classes.section} ${classes.terms}`}>
      <h2 className={classes.heading}>{t('sections.terms')}</h2>
      {paragraphs.map((lines, index) => (
        <p key={index}>
          {lines.map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </section>
  )
}
