import { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '../lib/router';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: 'sm' | 'md' }) {
  return <button type={type} className={`btn btn-${variant} btn-${size} ${className}`} {...rest} />;
}

/** A navigation that looks like a button: still a link for the keyboard and screen readers. */
export function ButtonLink({
  to,
  variant = 'secondary',
  size = 'md',
  children,
  external = false,
  ...rest
}: {
  to: string;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  children: ReactNode;
  /** A file or a page outside the app (downloads, print view). */
  external?: boolean;
  download?: boolean | string;
  target?: string;
  rel?: string;
  'aria-label'?: string;
}) {
  const className = `btn btn-${variant} btn-${size}`;
  if (external)
    return (
      <a href={to} className={className} {...rest}>
        {children}
      </a>
    );
  return (
    <Link to={to} className={className} {...rest}>
      {children}
    </Link>
  );
}
