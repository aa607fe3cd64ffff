// No next/font/google here: it fetches fonts at build time, and an offline build fails.
export const metadata = { title: 'study-explainers in Next.js' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
