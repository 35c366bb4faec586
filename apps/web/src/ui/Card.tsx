import { ReactNode, useId } from 'react';

/** A titled section of a page; its heading names the region for assistive technologies. */
export function Card({
  title,
  actions,
  children,
  level = 2,
  className = '',
  id,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  className?: string;
  id?: string;
}) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className}`} aria-labelledby={title ? headingId : undefined} id={id}>
      {(title || actions) && (
        <div className="card-header">
          {title && (
            <Heading id={headingId} className="card-title">
              {title}
            </Heading>
          )}
          {actions && <div className="card-actions">{actions}</div>}
        </div>
      )}
      <div className="card-body">{children}</div>
    </section>
  );
}
