<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a readable page. Every value is
     output as text (xsl:value-of), never as markup, so feed content cannot
     inject elements; content:encoded is not shown here at all. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/> (RSS feed)</title>
        <style>
          body { font: 1.05rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
          .note { background: #f4f2ee; padding: 0.75rem 1rem; border-left: 3px solid #b3261e; }
          a { color: #0b4fa8; }
          li { margin-bottom: 1rem; }
          @media (prefers-color-scheme: dark) { body { color: #ececec; background: #121212; } .note { background: #1e1e1e; } a { color: #8cbcff; } }
        </style>
      </head>
      <body>
        <main>
          <p class="note">This is an RSS feed. Copy its address into your feed reader to subscribe.</p>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <p><a><xsl:attribute name="href"><xsl:value-of select="rss/channel/link"/></xsl:attribute>Visit the site</a></p>
          <h2>Latest items</h2>
          <ul>
            <xsl:for-each select="rss/channel/item">
              <li>
                <a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a>
                <br/><small><xsl:value-of select="pubDate"/></small>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
